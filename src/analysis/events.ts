/**
 * Kinds of event, recognised by their nouns (German compounds by their last part: Luftangriff, Waldbrand,
 * Landtagswahl; the nouns per language are in src/lang/<code>/topics.ts). Two reports about one region and its officials can be about a protest and about a budget; the
 * nouns that name the event tell them apart when names and places do not. Only the kind an article talks about
 * most counts (see dominantEvent), so a flood follow-up about insurers that mentions "Hochwasser" stays a flood.
 */
import { allPacks } from '../lang/index.js';
import { EVENT_KINDS } from './tables.js';
import type { Word } from './words.js';

const KINDS = EVENT_KINDS;
const WHOLE = new Map<string, number>();
for (const [i, k] of KINDS.entries()) for (const p of allPacks()) for (const e of p.topics.events[k] ?? []) WHOLE.set(e, i + 1);
const NOT_EVENTS = new Set(allPacks().flatMap((p) => p.topics.notEvents));
/** endings that also match as the last part of a German compound (at least 4 letters, so "flut" but not "wahl" of "Auswahl"...) */
const SUFFIXES = [...WHOLE.entries()].filter(([e]) => e.length >= 4).sort((a, b) => b[0].length - a[0].length);

/** The event kind of one word (1-based), or 0. */
export function eventOf(w: Word): number {
  const exact = WHOLE.get(w.norm);
  if (exact !== undefined) return NOT_EVENTS.has(w.norm) ? 0 : exact;
  if (!w.capitalized) return 0;
  let k = COMPOUNDS.get(w.norm);
  if (k === undefined) {
    k = compoundEvent(w.norm);
    // every capitalised word would otherwise try all endings; words repeat across articles (Zipf), so a cache
    // saves most of it, cleared when it grows large
    if (COMPOUNDS.size >= 200_000) COMPOUNDS.clear();
    COMPOUNDS.set(w.norm, k);
  }
  return k;
}

const COMPOUNDS = new Map<string, number>();

/** The event kind of a capitalised word by the last part of a compound (Luftangriff), or 0. */
function compoundEvent(norm: string): number {
  if (NOT_EVENTS.has(norm)) return 0;
  for (const [e, k] of SUFFIXES) if (norm.length > e.length + 2 && norm.endsWith(e)) return k;
  return 0;
}

/**
 * The kind of event an article talks about most (title words count `titleWeight` times), 0 when it names
 * none, or when it names none at least twice (a single mention is background: "the fans remembered the flood").
 */
export function dominantEvent(title: readonly Word[], body: readonly Word[], titleWeight = 3): number {
  const counts = new Uint16Array(KINDS.length + 1);
  for (const w of title) counts[eventOf(w)]! += titleWeight;
  for (const w of body) counts[eventOf(w)]!++;
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]! || (best === 0 && counts[k]! > 0)) best = k;
  return best !== 0 && counts[best]! >= 2 ? best : 0;
}

export function eventName(k: number): string | null {
  return KINDS[k - 1] ?? null;
}
