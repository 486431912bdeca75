import type { Claim } from '../../src/core/claim.js';

/** One short text and the claims expected in it, in order; only the listed fields are compared. */
export interface ExpectedClaim {
  text: string;
  measure?: string;
  source?: { kind?: string; name?: string | null };
  speech?: string;
  hedges?: string[];
  country?: string | null;
  kind?: string | null;
  place?: string | null;
  scope?: string;
  from?: string | null;
  to?: string | null;
  per?: string | null;
  min?: number | null;
  max?: number | null;
}

export interface Case {
  /** what the case exercises */
  rule: string;
  text: string;
  published?: string;
  claims: ExpectedClaim[];
}

/** The differences between a case's expectation and the claims found (empty: the case passes). */
export function compareCase(c: Case, got: Claim[]): string[] {
  const out: string[] = [];
  if (got.length !== c.claims.length) {
    out.push(`expected ${c.claims.length} claims, got ${got.length}: ${got.map((g) => `"${g.text}" ${g.measure}`).join('; ')}`);
  }
  c.claims.forEach((e, i) => {
    const g = got[i];
    if (!g) return;
    const fields: Array<[string, unknown, unknown]> = [
      ['text', e.text, g.text],
      ['measure', e.measure, g.measure],
      ['source.kind', e.source?.kind, g.source.kind],
      ['source.name', e.source && 'name' in e.source ? e.source.name : undefined, g.source.name],
      ['speech', e.speech, g.speech],
      ['hedges', e.hedges?.join(','), g.hedges.join(',')],
      ['country', e.country, g.subject?.country ?? null],
      ['kind', e.kind, g.subject?.kind ?? null],
      ['place', e.place, g.place?.name ?? null],
      ['scope', e.scope, g.scope.type],
      ['from', e.from, g.scope.from],
      ['to', e.to, g.scope.to],
      ['per', e.per, g.scope.per],
      ['min', e.min, g.value.min],
      ['max', e.max, g.value.max],
    ];
    for (const [name, want, have] of fields) {
      if (want === undefined) continue;
      if (want !== have) out.push(`claim ${i + 1} "${g.text}": ${name} expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
    }
  });
  return out;
}
