/**
 * Claims as CSV: one row per claim, the contract's fields flattened, RFC 4180 quoting (CRLF rows, fields with
 * a comma, quote or line break in double quotes, quotes doubled). Text cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) get a leading apostrophe; numbers are left alone.
 */
import type { Claim } from '../core/claim.js';

export interface ArticleColumns {
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  story: string | null;
}

type Cell = string | number | boolean | null | undefined;

export const CSV_COLUMNS = [
  'id', 'doc', 'text', 'span_start', 'span_end', 'sentence_start', 'sentence_end',
  'value_min', 'value_max', 'value_min_exclusive', 'value_max_exclusive', 'value_approx', 'value_vague', 'value_unit',
  'measure', 'counted', 'subject_text', 'subject_country', 'subject_kind', 'place_text', 'place_name',
  'scope_type', 'scope_text', 'scope_from', 'scope_to', 'scope_per',
  'source_kind', 'source_text', 'source_name', 'source_role', 'source_organisation', 'source_country',
  'speech', 'hedges', 'outlet', 'published_at', 'url', 'story',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function csvHeader(): string {
  return csvRow([...CSV_COLUMNS]);
}

export function claimCsvRow(c: Claim, a: ArticleColumns | undefined): string {
  return csvRow([
    c.id, c.doc, c.text, c.span.start, c.span.end, c.sentence.start, c.sentence.end,
    c.value.min, c.value.max, c.value.minExclusive, c.value.maxExclusive, c.value.approx, c.value.vague, c.value.unit,
    c.measure, c.counted, c.subject?.text, c.subject?.country, c.subject?.kind, c.place?.text, c.place?.name,
    c.scope.type, c.scope.text, c.scope.from, c.scope.to, c.scope.per,
    c.source.kind, c.source.text, c.source.name, c.source.role, c.source.organisation, c.source.country,
    c.speech, c.hedges.join(';'), a?.outlet, a?.publishedAt, a?.url, a?.story,
  ]);
}
