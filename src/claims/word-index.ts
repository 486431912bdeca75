import { firstCharTable, groupEnd, splitAlternatives } from './first-chars.js';
import { firstWords } from './first-words.js';
import { isWordStartUnit, newWordSlot, wordSlotsLeft } from './words.js';

/**
 * A table regex split by the first word of its alternatives: at a word of a sentence a scan runs only the
 * alternatives that can start with that word (in their order, each with its label), not the whole table. The
 * result at that position is the same: the alternatives left out cannot match there, and the first one that
 * matches wins as before. A small regex also matches faster, and one without capture groups (most words start
 * alternatives of one label only) allocates no array of a hundred empty captures per match.
 */
export interface WordIndex {
  /** the index's slot of a word's data row: a word caches what each index makes of it there (words.ts) */
  id: number;
  /** words are compared lower-cased (the regex has the i flag) */
  fold: boolean;
  /** alternative numbers by first word, ascending */
  byWord: Map<string, number[]>;
  /** alternatives whose first word is not known (tried at every word), ascending */
  wild: number[];
  alts: Alt[];
  flags: string;
  /** the regex for a word not read (a rare letter, a surrogate): every alternative, as the table regex */
  full: Sub;
  /** built sub-regexes by their alternative numbers */
  subs: Map<string, Sub>;
}

interface Alt {
  source: string;
  /** label index; -1 for a word regex */
  label: number;
}

/** The regex of some alternatives, sticky, and how to read its label. */
export interface Sub {
  re: RegExp;
  /** capture group number - 1 → label index; null: every match has `label` */
  groups: Int32Array | null;
  label: number;
}

const WORD_TAIL = '(?![\\p{L}\\p{N}])';


/**
 * The index of a regex built by wordRegex or labelledRegex (or a gated variant of one: `groups` maps its groups to
 * labels), or null when its alternatives cannot be read or one may start with a sign or space (a position the
 * sentence words do not cover).
 */
export function wordIndexOf(re: RegExp, groups: Int32Array | null, labelled: boolean): WordIndex | null {
  const src = re.source;
  // each index takes a slot of every word's data row (words.ts): the claim tables of a few languages and their
  // gated variants need a few dozen; a caller that built regexes per call would otherwise grow every word
  if (!wordSlotsLeft()) return null;
  if (!src.startsWith('(?:') || !src.endsWith(')' + WORD_TAIL)) return null;
  const alts = alternativesOf(src.slice(3, src.length - 1 - WORD_TAIL.length), groups, labelled);
  if (alts === null) return null;
  const flags = re.flags.replace(/[gy]/gu, '');
  const byWord = new Map<string, number[]>();
  const wild: number[] = [];
  for (let i = 0; i < alts.length; i++) {
    const words = firstWords(`(?:${alts[i]!.source})${WORD_TAIL}`, flags);
    if (words === null) {
      if (!startsWithWordChar(alts[i]!.source, flags)) return null;
      wild.push(i);
      continue;
    }
    for (const w of words) {
      const list = byWord.get(w);
      if (list === undefined) byWord.set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  const full: Sub = { re: new RegExp(src, flags + 'y'), groups: labelled ? groups ?? entryGroups(src) : null, label: -1 };
  const id = newWordSlot();
  if (id < 0) return null;
  return { id, fold: flags.includes('i'), byWord, wild, alts, flags, full, subs: new Map() };
}

/** group number - 1 → label of a labelled regex as built (one group per entry) */
function entryGroups(src: string): Int32Array {
  const n = splitAlternatives(src.slice(3, src.length - 1 - WORD_TAIL.length))!.length;
  return Int32Array.from({ length: n }, (_, k) => k);
}

/**
 * The alternatives of a regex body in order, with their labels: a labelled regex has one capture group per entry
 * (its label), whose alternatives are split in turn. Null when a part holds capture groups or backreferences of its
 * own (they would shift the group numbers labels are read by).
 */
function alternativesOf(body: string, groups: Int32Array | null, labelled: boolean): Alt[] | null {
  const parts = splitAlternatives(body);
  if (parts === null) return null;
  const out: Alt[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const inner = labelled ? entryBody(part) : part;
    if (inner === null) return null;
    const split = labelled ? splitAlternatives(inner) : [inner];
    if (split === null) return null;
    for (const a of split) {
      if (ownGroups(a)) return null;
      out.push({ source: a, label: labelled ? (groups === null ? k : groups[k]!) : -1 });
    }
  }
  return out;
}

/** "(body)" → body; null when the part is not one capture group */
function entryBody(part: string): string | null {
  if (!part.startsWith('(') || part.startsWith('(?')) return null;
  return groupEnd(part, 0) === part.length - 1 ? part.slice(1, -1) : null;
}

/** capture groups or backreferences in an alternative */
function ownGroups(a: string): boolean {
  if (/\\[1-9k]/u.test(a)) return true;
  const bare = a.replace(/\\\\/gu, '').replace(/\[(?:\\.|[^\]])*\]/gu, '');
  return /(?<!\\)\((?:(?!\?)|\?<(?![=!]))/u.test(bare);
}

/** Can every match of the alternative only start with a letter or digit (or a surrogate)? */
function startsWithWordChar(source: string, flags: string): boolean {
  const first = firstCharTable(source, flags);
  if (first === null) return false;
  for (let c = 0; c < first.length; c++) if (first[c] === 1 && !isWordStartUnit(c)) return false;
  return true;
}

/** The regex of the alternatives a word can start, or null when none can. */
export function subFor(ix: WordIndex, key: string): Sub | null {
  const listed = ix.byWord.get(key);
  const nums = listed === undefined ? ix.wild : ix.wild.length === 0 ? listed : merge(listed, ix.wild);
  if (nums.length === 0) return null;
  const k = nums.join(',');
  let sub = ix.subs.get(k);
  if (sub === undefined) {
    sub = buildSub(ix, nums);
    ix.subs.set(k, sub);
  }
  return sub;
}

function buildSub(ix: WordIndex, nums: number[]): Sub {
  const alts = nums.map((n) => ix.alts[n]!);
  const one = alts.every((a) => a.label === alts[0]!.label);
  // one label (or a word regex): no capture group; else one per alternative, its label by group number
  const body = one ? alts.map((a) => a.source).join('|') : alts.map((a) => `(${a.source})`).join('|');
  const re = new RegExp(`(?:${body})${WORD_TAIL}`, ix.flags + 'y');
  return one ? { re, groups: null, label: alts[0]!.label } : { re, groups: Int32Array.from(alts, (a) => a.label), label: -1 };
}

/** two ascending lists of alternative numbers as one */
function merge(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else (out.push(a[i]!), i++, j++);
  }
  return out;
}
