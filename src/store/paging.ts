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
