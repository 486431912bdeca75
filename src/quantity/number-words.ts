import type { Atom, CompiledTables } from './compile.js';
import { Combiner } from './combiner.js';

/**
 * Reading one word as number atoms. A German compound ("siebenhunderteinundzwanzigtausendzwölf") is
 * split into table pieces (sieben|hundert|ein|und|zwanzig|tausend|zwölf) by a longest-first search that
 * only accepts splits the combiner accepts as a whole numeral. Results are memoised per table (t.atomMemo).
 */
export function wordAtoms(norm: string, t: CompiledTables): Atom[] | null {
  const cache = t.atomMemo;
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const whole = t.wordAtoms.get(norm);
  let result: Atom[] | null = whole ? [whole] : null;
  if (!result && t.raw.compounds && norm.length >= 6 && norm.length <= 120) result = splitCompound(norm, t);
  if (cache.size > 50000) cache.clear(); // bounded: arbitrary input must not grow memory without end
  cache.set(norm, result);
  return result;
}

function splitCompound(word: string, t: CompiledTables): Atom[] | null {
  const out: Atom[] = [];
  let steps = 0;
  const search = (pos: number, comb: Combiner): boolean => {
    if (++steps > 2000) return false; // pathological input: give up rather than explore forever
    if (pos === word.length) return comb.complete() && out.length >= 2;
    for (const [piece, atom] of t.compoundAtoms) {
      if (!word.startsWith(piece, pos)) continue;
      const next = comb.clone();
      if (!next.accept(atom)) continue;
      out.push(atom);
      if (search(pos + piece.length, next)) return true;
      out.pop();
    }
    return false;
  };
  return search(0, new Combiner(t.combinerOptions)) ? [...out] : null;
}

/** Value of a whole word read alone (tests and the ordinal reader use it). */
export function wordValue(norm: string, t: CompiledTables): number | null {
  const atoms = wordAtoms(norm, t);
  if (!atoms) return null;
  const c = new Combiner(t.combinerOptions);
  for (const a of atoms) if (!c.accept(a)) return null;
  return c.complete() ? c.value() : null;
}
