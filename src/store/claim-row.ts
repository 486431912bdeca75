/**
 * A claim as a row: the contract object kept whole as JSON, plus the columns the search filters on.
 *
 * A claim reaches the row in two steps. ClaimParts is what depends on the claim alone (the filter columns and
 * the JSON): an extraction worker thread computes it next to the extractor, so that what crosses to the writing
 * thread is a short array of strings and numbers (cheap to copy) instead of a nested object to clone and then
 * stringify there. claimRow adds what depends on where the claim is stored (article, revision, position).
 */
import type { Claim } from '../core/claim.js';
import type { PrecomputedClaims } from './types.js';
import type { ClaimTable } from './schema.js';

/** Rows per INSERT: 13 columns x 200 stays far below SQLite's bound-parameter limit. */
export const CLAIM_INSERT_CHUNK = 200;

/** [id, measure, country, source_name, source_kind, value_min, value_max, data (the claim as JSON)] */
export type ClaimParts = [string, string, string | null, string | null, string, number | null, number | null, string];

function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function claimParts(claim: Claim): ClaimParts {
  return [
    claim.id,
    claim.measure,
    claim.subject?.country ?? null,
    claim.source?.name ? claim.source.name.toLowerCase() : null,
    claim.source?.kind ?? 'unattributed',
    finite(claim.value?.min),
    finite(claim.value?.max),
    JSON.stringify(claim),
  ];
}

export function partsRow(p: ClaimParts, articleId: string, revision: number, seq: number, publishedAt: string | null): ClaimTable {
  return {
    article_id: articleId,
    revision,
    seq,
    id: p[0],
    measure: p[1],
    country: p[2],
    source_name: p[3],
    source_kind: p[4],
    published_at: publishedAt,
    value_min: p[5],
    value_max: p[6],
    is_current: 1,
    data: p[7],
  };
}

export function claimRow(claim: Claim, articleId: string, revision: number, seq: number, publishedAt: string | null): ClaimTable {
  return partsRow(claimParts(claim), articleId, revision, seq, publishedAt);
}

/**
 * Claims extracted ahead (AddItem.extracted) in their prepared form. The store writes the parts as they are;
 * `claims` is there for any other reader of a PrecomputedClaims and is parsed from the JSON only when read.
 */
export class PreparedClaims implements PrecomputedClaims {
  private parsed: Claim[] | null = null;

  constructor(readonly parts: readonly ClaimParts[], readonly engineVersion: string) {}

  get claims(): readonly Claim[] {
    this.parsed ??= this.parts.map((p) => JSON.parse(p[7]) as Claim);
    return this.parsed;
  }
}

/**
 * Prepared claims, recognised by shape rather than by class: a benchmark or a test may load the pool and the
 * store from different builds (dist/ and src/), whose classes differ.
 */
export function preparedParts(x: PrecomputedClaims): readonly ClaimParts[] | null {
  const parts = (x as { parts?: unknown }).parts;
  return x instanceof PreparedClaims || Array.isArray(parts) ? (parts as readonly ClaimParts[]) : null;
}
