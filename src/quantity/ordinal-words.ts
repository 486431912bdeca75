import type { CompiledTables } from './compile.js';
import { fold } from './fold.js';
import { wordValue } from './number-words.js';

/**
 * Ordinal words ("dritte", "zwanzigsten", "hundertste", "fifth", "twentieth"): not figures, but kept
 * as spans of kind "ordinal" so that "der dritte Angriff" is not mistaken for three attacks.
 */
export function ordinalWordValue(norm: string, t: CompiledTables): number | null {
  const cache = t.ordinalMemo; // per table set
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const v = norm.length > 60 ? null : readOrdinal(norm, t);
  if (cache.size > 50000) cache.clear(); // bounded for arbitrary input
  cache.set(norm, v);
  return v;
}

function readOrdinal(norm: string, t: CompiledTables): number | null {
  const endings = t.raw.ordinalEndings.length ? t.raw.ordinalEndings : [''];
  for (const ending of ['', ...endings]) {
    if (ending && !norm.endsWith(ending)) continue;
    const stem = ending ? norm.slice(0, -ending.length) : norm;
    if (!stem) continue;
    const direct = t.ordinalStems.get(stem);
    if (direct !== undefined && (ending !== '' || t.raw.ordinalEndings.length === 0)) return direct;
    if (ending === '' && t.raw.ordinalEndings.length > 0) continue; // German ordinals always inflect
    for (const s of t.raw.ordinalSuffixes) {
      const suf = fold(s.suffix);
      if (!stem.endsWith(suf) || stem.length <= suf.length) continue;
      const base = stem.slice(0, -suf.length) + (s.replace ?? '');
      // the stem of a compound ordinal may itself end in a stem form ("einundzwanzigst")
      const v = wordValue(base, t) ?? compoundOrdinal(base, t);
      if (v !== null && v >= s.minValue && v <= s.maxValue) return v;
    }
  }
  return null;
}

/** "hundertdritt" → 100 + 3: a cardinal head followed by an irregular ordinal stem. */
function compoundOrdinal(base: string, t: CompiledTables): number | null {
  for (const [stem, v] of t.ordinalStems) {
    if (base.endsWith(stem) && base.length > stem.length) {
      const head = wordValue(base.slice(0, -stem.length), t);
      if (head !== null && head >= 100) return head + v;
    }
  }
  return null;
}
