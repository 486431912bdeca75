import type { Span } from '../core/span.js';
import type { Token } from '../text/tokens.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';
import { countryIndex, type CountryIndex } from './countries.js';
import { isCapitalised } from './source.js';
import { lowerOf } from './lower-case.js';

/**
 * Place phrases: a locative preposition with a region noun and a name ("in der russischen Region Kursk"), a
 * known country or capital ("in der Ukraine"), the front ("an der Front"), or an unknown name right after a bare
 * "in" ("in Kursk") when it does not look like a common noun ("in Gefechte", "in Infanteriepositionen").
 */
export interface Place extends Span {
  text: string;
  name: string | null;
}

interface CompiledPlaces {
  preps: Set<string>;
  /** the longest preposition: a longer word is none (lower case never shortens a word), asked before lower-casing it */
  prepLength: number;
  bare: Set<string>;
  regionNouns: Set<string>;
  fronts: Set<string>;
  notPlaces: Set<string>;
  definite: Set<string>;
  countries: CountryIndex;
}

const compilePlaces = cached((t: ClaimTables): CompiledPlaces => ({
  preps: new Set(t.places.prepositions.filter((p) => !p.includes(' '))),
  prepLength: Math.max(0, ...t.places.prepositions.filter((p) => !p.includes(' ')).map((p) => p.length)),
  // prepositions without an article in them, after which an unknown capitalised word is a name
  bare: new Set(['in', 'bei', 'nahe', 'um', 'near', 'outside', 'at']),
  regionNouns: new Set(t.places.regionNouns),
  fronts: new Set(t.places.fronts),
  notPlaces: new Set(t.places.notPlaces),
  definite: new Set([...t.sources.definite, 'the']),
  countries: countryIndex(t.countries),
}));

/** demonstratives and possessives stand where an article would: "in diesem Sommer" */
const DETERMINER = /^(?:dies|jen|sein|ihr|unser|euer|mein|dein|jed|welch)(?:e|em|en|er|es)?$/iu;

const COMMON_NOUN = /(?:ung|ungen|heit|keit|schaft|tion|tionen|ionen|ismus|ität|e|en|ern|ment|ness|ing|s)$/u;

export function findPlaces(text: string, tokens: Token[], from: number, to: number, tables: ClaimTables): Place[] {
  const cp = compilePlaces(tables);
  const out: Place[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < from || t.end > to) continue;
    if (t.kind !== 'word' || t.text.length > cp.prepLength || !cp.preps.has(lowerOf(t))) continue;
    let k = i + 1;
    let article = false;
    if (tokens[k] && (cp.definite.has(lowerOf(tokens[k]!)) || DETERMINER.test(tokens[k]!.text))) {
      k++;
      article = true;
    }
    const beforeAdjectives = k;
    while (tokens[k] && tokens[k]!.kind === 'word' && !isCapitalised(tokens[k]) && /(?:e|en|er|es|em|n)$/u.test(tokens[k]!.text) && k < i + 5) k++;
    // "in letzter Zeit", "in schweren Kämpfen": an adjective without an article means a common noun follows
    const adjectives = k > beforeAdjectives;
    const n = tokens[k];
    if (!n || !isCapitalised(n) || n.end > to) continue;
    const head = n.text.includes('-') ? n.text.slice(n.text.lastIndexOf('-') + 1) : n.text;
    let end = -1;
    let name: string | null = null;
    if (cp.regionNouns.has(n.text) && isCapitalised(tokens[k + 1])) {
      // "Region Kursk", "Oblast Donezk"; names of two words ("Region Nowaja Kachowka") are rare, take one
      name = tokens[k + 1]!.text;
      end = tokens[k + 1]!.end;
    } else if (tokens[k + 1] && cp.regionNouns.has(tokens[k + 1]!.text) && !cp.notPlaces.has(n.text)) {
      name = n.text; // "in der Kursk Region"
      end = tokens[k + 1]!.end;
    } else if (cp.fronts.has(head)) {
      end = n.end;
    } else if (cp.countries.actors.has(n.text)) {
      name = n.text;
      end = n.end;
    } else if (!article && !adjectives && cp.bare.has(lowerOf(t)) && !cp.notPlaces.has(n.text) && !n.text.includes('-') && !COMMON_NOUN.test(n.text)) {
      name = n.text;
      end = n.end;
    }
    if (end < 0) continue;
    out.push({ start: t.start, end, text: text.slice(t.start, end), name });
    i = k;
  }
  return out;
}

/** The place of a figure: nearest in its clause, else nearest in its sentence, skipping excluded ranges (attribution). */
export function placeOf(places: Place[], fig: Span, clause: Span, excluded: Span[]): Place | null {
  const ok = places.filter((p) => !excluded.some((e) => p.start >= e.start && p.end <= e.end));
  const inClause = ok.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const pool = inClause.length ? inClause : ok;
  let best: Place | null = null;
  for (const p of pool) if (!best || dist(p, fig) < dist(best, fig)) best = p;
  return best;
}

function dist(p: Span, fig: Span): number {
  return p.start >= fig.end ? p.start - fig.end : fig.start - p.end;
}
