/** The story ledger as CSV: one row per claim, with its group's spread and estimate repeated for filtering. */
import type { Story } from '../analysis/types.js';
import type { Claim } from '../core/claim.js';

const COLUMNS = [
  'story', 'group', 'group_label', 'measure', 'subject_country', 'subject_kind', 'unit', 'group_low', 'group_high', 'group_best',
  'claim', 'doc', 'outlet', 'date', 'text', 'min', 'max', 'approx', 'vague',
  'source', 'source_kind', 'source_role', 'source_country', 'speech', 'hedges', 'scope_type', 'scope_text',
  'independence_key', 'syndicated_from', 'contradicted',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function ledgerCsv(story: Story, claims: Map<string, Claim>): string {
  const lines = [COLUMNS.join(',')];
  for (const g of story.claimGroups) {
    const contradicted = new Set(g.contradictions.flatMap((c) => c.claims));
    for (const e of g.claims) {
      const c = claims.get(e.claim);
      const row = [
        story.id, g.id, g.label, g.measure, g.subject.country, g.subject.kind, g.unit, g.low, g.high, g.best,
        e.claim, e.doc, e.outlet, e.date, e.text, e.value.min, e.value.max, e.value.approx, e.value.vague,
        e.source.label, e.source.kind, c?.source.role ?? null, c?.source.country ?? null, e.speech, e.hedges.join(';'),
        e.scope?.type ?? null, e.scope?.text ?? null, e.independenceKey, e.syndicatedFrom, contradicted.has(e.claim),
      ];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
