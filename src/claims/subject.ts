import type { Span } from '../core/span.js';
import type { Token } from '../text/tokens.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';
import { countryIndex, countryOfWord, isCountryAdjective, type CountryIndex } from './countries.js';
import { isCapitalised } from './source.js';
import { remember, TokenMemo } from './memo.js';
import { lowerOf } from './lower-case.js';

/**
 * Groups of people a sentence mentions with their country: "nordkoreanische Soldaten", "Kims Truppen",
 * "die Streitkräfte Pjöngjangs", "Soldaten aus Pjöngjang", "Nordkoreaner", "US-Soldaten". They resolve whose a
 * figure is, in the same sentence or (for an elliptic "Soldaten") from earlier sentences.
 */
export interface Group extends Span {
  text: string;
  country: string | null;
  kind: string | null;
  /** governed by a preposition that makes it a place or partner, not the actor ("mit ukrainischen Streitkräften") */
  governed: boolean;
}

interface CompiledSubjects {
  countries: CountryIndex;
  kindAll: RegExp;
  kindNames: string[];
  kindCache: Map<string, string | null>;
  /** what findGroups asks of every word, by word: one look-up instead of three */
  facts: TokenMemo<WordFacts>;
  groups: Set<string>;
  notActor: Set<string>;
  notCounted: Set<string>;
  ofPreps: Set<string>;
  countHeads: Set<string>;
  definite: Set<string>;
  links: Set<string>;
  countLinks: Set<string>;
  notNouns: Set<string>;
  adjective: RegExp;
  nounsCapitalised: boolean;
}

export const compileSubjects = cached((t: ClaimTables): CompiledSubjects => ({
  countries: countryIndex(t.countries),
  kindAll: new RegExp(`^(?:${t.subjects.kinds.map(([p]) => `(${p})`).join('|')})$`, t.nounsCapitalised ? 'u' : 'iu'),
  kindNames: t.subjects.kinds.map(([, k]) => k),
  kindCache: new Map(),
  facts: new TokenMemo(),
  groups: new Set(t.subjects.groups),
  notActor: new Set(t.subjects.notActorPrepositions),
  notCounted: new Set(t.subjects.notCounted),
  ofPreps: new Set(t.subjects.ofPrepositions.filter((p) => !p.includes(' '))),
  countHeads: new Set(t.measures.countHeads),
  definite: new Set(t.sources.definite),
  links: new Set(t.subjects.groupLinks),
  countLinks: new Set(t.measures.countLinks),
  notNouns: new Set(t.subjects.notNouns),
  adjective: new RegExp(`^(?:${t.sources.adjective})$`, 'u'),
  nounsCapitalised: t.nounsCapitalised,
}));

/** A noun: capitalised in German; in English any word that is not a function word, verb form or adverb. */
function isNoun(t: Token | undefined, cs: CompiledSubjects): boolean {
  if (!t || t.kind !== 'word') return false;
  if (cs.nounsCapitalised) return isCapitalised(t);
  const w = lowerOf(t);
  if (kindOfNoun(t.text, cs)) return true;
  return !cs.notNouns.has(w) && !/(?:ed|ly|ing)$/u.test(w) && !/^\d/u.test(w);
}

/** The kind of people a noun names (Soldaten → troops), the kind of a group noun (Armee → troops), or null. */
export function kindOfNoun(word: string, cs: CompiledSubjects): string | null {
  const hit = cs.kindCache.get(word);
  if (hit !== undefined) return hit;
  const head = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
  const m = cs.kindAll.exec(head);
  let kind: string | null = null;
  if (m) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    kind = cs.kindNames[g - 1]!;
  } else if (cs.groups.has(head)) kind = 'troops';
  // words repeat across articles: remember them (bounded, so a long run cannot grow it without limit)
  return remember(cs.kindCache, word, kind);
}

function isAdj(t: Token | undefined, cs: CompiledSubjects): boolean {
  if (!t || t.kind !== 'word') return false;
  if (isCountryAdjective(cs.countries, t.text)) return true;
  const c = t.text.charAt(0);
  if (!(c === c.toLowerCase() && c !== c.toUpperCase())) return false;
  if (!cs.nounsCapitalised && (kindOfNoun(t.text, cs) || cs.notNouns.has(t.text))) return false;
  return cs.adjective.test(t.text) && (cs.nounsCapitalised || /(?:ed|ian|ese|ish|an|al|ive|ic|ous|ior|ful|ary|ern)$/u.test(t.text));
}

interface WordFacts {
  adjective: boolean;
  country: string | null;
  kind: string | null;
}

function factsOf(t: Token, cs: CompiledSubjects): WordFacts {
  return cs.facts.get(t) ?? cs.facts.set(t, wordFacts(t.text, cs));
}

function wordFacts(word: string, cs: CompiledSubjects): WordFacts {
  return { adjective: isCountryAdjective(cs.countries, word), country: countryOfWord(cs.countries, word), kind: kindOfNoun(word, cs) };
}

export function findGroups(text: string, tokens: Token[], from: number, to: number, tables: ClaimTables): Group[] {
  const cs = compileSubjects(tables);
  const out: Group[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < from || t.end > to || t.kind !== 'word') continue;
    const facts = factsOf(t, cs);
    // country adjective + (adjectives) + people/group noun
    if (facts.adjective) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && isAdj(tokens[k], cs)) k++;
      const n = tokens[k];
      const kind = n && isNoun(n, cs) ? kindOfNoun(n.text, cs) : null;
      if (n && kind) {
        out.push({ start: t.start, end: n.end, text: text.slice(t.start, n.end), country: facts.country, kind, governed: isGoverned(tokens, i, cs) });
        i = k;
        continue;
      }
    }
    // (German: a lower-case word is no noun, whatever kindOfNoun says)
    if (!isCapitalised(t) && (cs.nounsCapitalised || !facts.kind)) continue;
    const c = facts.country;
    const kind = facts.kind;
    // possessive + group noun: "Kims Truppen", "Putins Armee"
    if (c && !kind && tokens[i + 1] && isNoun(tokens[i + 1], cs) && kindOfNoun(tokens[i + 1]!.text, cs)) {
      const n = tokens[i + 1]!;
      out.push({ start: t.start, end: n.end, text: text.slice(t.start, n.end), country: c, kind: kindOfNoun(n.text, cs), governed: isGoverned(tokens, i, cs) });
      i++;
      continue;
    }
    // compound with country prefix: "Nordkorea-Soldaten", "US-Soldaten"
    if (c && kind) {
      out.push({ start: t.start, end: t.end, text: t.text, country: c, kind, governed: isGoverned(tokens, i, cs) });
      continue;
    }
    // demonym: "Nordkoreaner", "Russen"
    if (c && cs.countries.demonyms.has(t.text)) {
      out.push({ start: t.start, end: t.end, text: t.text, country: c, kind: null, governed: isGoverned(tokens, i, cs) });
      continue;
    }
    // group noun + genitive country: "Streitkräfte Pjöngjangs", "Soldaten aus Pjöngjang", "Armee der Ukraine", "Armee Kim Jong-uns"
    if (kind) {
      let k = i + 1;
      if (tokens[k] && cs.links.has(tokens[k]!.text)) k++;
      if (tokens[k] && cs.definite.has(tokens[k]!.text)) k++;
      const g = tokens[k];
      const gc = g && isCapitalised(g) ? countryOfWord(cs.countries, g.text) : null;
      if (gc && g) {
        out.push({ start: t.start, end: g.end, text: text.slice(t.start, g.end), country: gc, kind, governed: isGoverned(tokens, i, cs) });
        i = k;
      }
    }
  }
  return out;
}

/** Is the group starting at token i governed by a preposition (asked only of the few tokens that start a group)? */
function isGoverned(tokens: Token[], i: number, cs: CompiledSubjects): boolean {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  return !!prev && (cs.notActor.has(lowerOf(prev)) || (!!prev2 && cs.definite.has(lowerOf(prev)) && cs.notActor.has(lowerOf(prev2))));
}

/** The counted noun phrase right after a figure: adjectives and a noun ("nordkoreanische Soldaten", "Opfer"). */
export interface Counted extends Span {
  text: string;
  noun: Token;
  country: string | null;
  kind: string | null;
}

export function countedAfter(text: string, tokens: Token[], k: number, limit: number, tables: ClaimTables, percent: boolean): Counted | null {
  const cs = compileSubjects(tables);
  const first = k;
  let country: string | null = null;
  // a share: "20 Prozent des Gebiets", "ein Drittel der Bevölkerung"
  if (percent && tokens[k] && cs.definite.has(tokens[k]!.text)) k++;
  while (k < tokens.length && tokens[k]!.end <= limit) {
    const t = tokens[k]!;
    if (isAdj(t, cs) || /^(?:weitere|weiteren|more|other|further|additional)$/u.test(t.text)) {
      const c = countryOfWord(cs.countries, t.text);
      if (c && !country) country = c;
      k++;
      continue;
    }
    if ((t.text === 'und' || t.text === 'oder' || t.text === 'and' || t.text === 'or') && isAdj(tokens[k + 1], cs) && k > first) {
      k++;
      continue;
    }
    break;
  }
  const n = tokens[k];
  if (!n || n.end > limit || !isNoun(n, cs) || cs.notCounted.has(n.text)) return null;
  const start = tokens[first]!.start;
  const nc = countryOfWord(cs.countries, n.text);
  if (nc && !country) country = nc;
  return { start, end: n.end, text: text.slice(start, n.end), noun: n, country, kind: kindOfNoun(n.text, cs) };
}

/** "Zahl der getöteten und verwundeten nordkoreanischen Soldaten": the counted phrase of a count head left of the figure. */
export function countedOfCountHead(text: string, tokens: Token[], from: number, to: number, tables: ClaimTables): Counted | null {
  const cs = compileSubjects(tables);
  for (let i = endingBy(tokens, to) - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end > to) continue;
    if (t.start < from) break;
    if (!cs.countHeads.has(t.text)) continue;
    let k = i + 1;
    if (tokens[k] && cs.countLinks.has(tokens[k]!.text)) k++;
    if (tokens[k] && cs.definite.has(tokens[k]!.text)) k++;
    // skip measure participles ("getöteten und verwundeten") to the adjectives that describe the people
    let startK = k;
    let country: string | null = null;
    while (k < tokens.length && tokens[k]!.end <= to && (isAdj(tokens[k], cs) || /^(?:und|oder|and|or)$/u.test(tokens[k]!.text))) {
      const c = countryOfWord(cs.countries, tokens[k]!.text);
      if (c) {
        if (!country) startK = k;
        country = country ?? c;
      }
      k++;
    }
    const n = tokens[k];
    if (!n || !isNoun(n, cs) || n.end > to) return null;
    const start = tokens[startK]!.start;
    return { start, end: n.end, text: text.slice(start, n.end), noun: n, country: country ?? countryOfWord(cs.countries, n.text), kind: kindOfNoun(n.text, cs) };
  }
  return null;
}

/** The number of tokens that end at or before `to`: tokens are in text order, so the others are a tail (binary search). */
function endingBy(tokens: Token[], to: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > to) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The actor of a clause: a country or capital standing as subject before the figure ("Moskau verliert 1.200 Soldaten"). */
export function actorBefore(tokens: Token[], from: number, to: number, tables: ClaimTables, excluded: Span[] = []): string | null {
  const cs = compileSubjects(tables);
  for (let i = endingBy(tokens, to) - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end > to) continue;
    if (t.start < from) break;
    const c = cs.countries.actors.get(t.text);
    if (!c) continue;
    // the speaker of the sentence is not the actor of its figure ("Ukraine said 300 soldiers were killed")
    if (excluded.some((e) => t.start >= e.start && t.end <= e.end)) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev && prev.start >= from && (cs.notActor.has(lowerOf(prev)) || (cs.definite.has(lowerOf(prev)) && prev2 && cs.notActor.has(lowerOf(prev2))))) continue;
    return c;
  }
  return null;
}
