/**
 * A claim as a row: the contract object kept whole as JSON, plus the columns the search filters on.
 */
import type { Claim } from '../core/claim.js';
import type { ClaimTable } from './schema.js';

/** Rows per INSERT: 13 columns x 200 stays far below SQLite's bound-parameter limit. */
export const CLAIM_INSERT_CHUNK = 200;

function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function claimRow(claim: Claim, articleId: string, revision: number, seq: number, publishedAt: string | null): ClaimTable {
  return {
    article_id: articleId,
    revision,
    seq,
    id: claim.id,
    measure: claim.measure,
    country: claim.subject?.country ?? null,
    source_name: claim.source?.name ? claim.source.name.toLowerCase() : null,
    source_kind: claim.source?.kind ?? 'unattributed',
    published_at: publishedAt,
    value_min: finite(claim.value?.min),
    value_max: finite(claim.value?.max),
    is_current: 1,
    data: JSON.stringify(claim),
  };
}
