/**
 * Which claims can be compared: the same measure, the same subject (country and kind), the same unit, and
 * overlapping places. Scope is deliberately not part of the key: a weekly figure and a cumulative one about
 * the same people belong in one group, where reconcile.ts explains the difference instead of hiding it.
 */
import type { Claim } from '../core/claim.js';
import { lookupEntity } from './aliases.js';
import { fold } from './words.js';

/** The fields of a claim that decide what it is comparable with (all the streaming analysis keeps of a claim). */
export type ComparableClaim = Pick<Claim, 'measure' | 'subject' | 'value' | 'place'>;

/** The part of the key that must match exactly. Unknown country or kind is its own value ("?"). */
export function comparableKey(c: ComparableClaim): string {
  const country = c.subject?.country ?? '?';
  const kind = c.subject?.kind ?? '?';
  return `${c.measure}|${country}|${kind}|${c.value.unit ?? ''}`;
}

/** A place resolved through the alias table ("Kursk", "Region Kursk" → place:kursk), or null. */
export function placeKey(c: Pick<Claim, 'place'>): string | null {
  const raw = c.place?.name ?? c.place?.text;
  if (!raw) return null;
  const folded = fold(raw).replace(/[^a-z0-9 ]+/g, ' ').trim();
  const whole = lookupEntity(folded);
  if (whole) return whole.key;
  for (const w of folded.split(/\s+/)) {
    const hit = lookupEntity(w);
    if (hit && hit.kind !== 'person') return hit.key;
  }
  return `place:${folded}`;
}

export interface ComparableSet<T> {
  key: string;
  place: string | null;
  items: T[];
}

/**
 * Partition items into comparable sets. Within one key, a claim without a place joins any set; claims with
 * different places form different sets (casualties in Kursk are not casualties in Donezk). Items are taken in
 * the given order, so the result is deterministic.
 */
export function partitionComparable<T>(items: readonly T[], claimOf: (t: T) => ComparableClaim): ComparableSet<T>[] {
  const byKey = new Map<string, { withPlace: Map<string, ComparableSet<T>>; noPlace: T[] }>();
  for (const it of items) {
    const c = claimOf(it);
    const key = comparableKey(c);
    let slot = byKey.get(key);
    if (!slot) byKey.set(key, (slot = { withPlace: new Map(), noPlace: [] }));
    const p = placeKey(c);
    if (p === null) {
      slot.noPlace.push(it);
      continue;
    }
    let set = slot.withPlace.get(p);
    if (!set) slot.withPlace.set(p, (set = { key, place: p, items: [] }));
    set.items.push(it);
  }
  const out: ComparableSet<T>[] = [];
  for (const [key, slot] of byKey) {
    const sets = [...slot.withPlace.values()];
    if (sets.length === 0) out.push({ key, place: null, items: slot.noPlace });
    else if (sets.length === 1) {
      // a claim without a place is taken to be about the one place the story reports for this measure
      sets[0]!.items.push(...slot.noPlace);
      out.push(sets[0]!);
    } else {
      out.push(...sets);
      if (slot.noPlace.length) out.push({ key, place: null, items: slot.noPlace });
    }
  }
  return out;
}
