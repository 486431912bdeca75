/** Small helpers for reading and writing in bounded pieces: chunks of a list, page limits and offsets. */

/** A list cut into consecutive pieces of at most `size` (multi-row inserts, IN lists under parameter limits). */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** A page size asked for: `fallback` when absent or not a number, else a whole number in [0, max]. */
export function clamp(v: number | undefined, fallback: number, max: number): number {
  if (v === undefined || !Number.isFinite(v)) return fallback;
  return Math.max(0, Math.min(max, Math.floor(v)));
}

/** An offset asked for: 0 when absent or not a number, else a whole number >= 0. */
export const offsetOf = (v: number | undefined): number => (v === undefined || !Number.isFinite(v) ? 0 : Math.max(0, Math.floor(v)));

/**
 * One page of a listing ordered "newest first, undated last", read as two queries: the dated rows (newest first)
 * and, once they run out, the undated ones. A single ORDER BY with NULLS LAST cannot walk a date index on both
 * backends (SQLite's planner sorts every match instead: 4 s per page of claims at 100k articles; PostgreSQL's
 * ascending index gives NULLs first when walked backwards), so each part walks its index in order. `countDated`
 * is asked only when the page starts past the dated rows.
 */
export async function datedThenUndated<R>(
  limit: number,
  offset: number,
  dated: (limit: number, offset: number) => Promise<R[]>,
  countDated: () => Promise<number>,
  undated: (limit: number, offset: number) => Promise<R[]>,
): Promise<R[]> {
  if (limit === 0) return [];
  const first = await dated(limit, offset);
  if (first.length === limit) return first;
  // fewer than asked: the dated rows end on this page (offset + first.length of them), or before it
  const datedTotal = first.length > 0 ? offset + first.length : await countDated();
  return [...first, ...(await undated(limit - first.length, Math.max(0, offset - datedTotal)))];
}
