import type { Token } from '../text/tokens.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';
import { genericSpeaker, isCapitalised, parseSpeaker, type Mention } from './source.js';
import { lowerOf } from './lower-case.js';

/**
 * English documents that name their owner before them, the owner speaking through them:
 * - a possessive: "according to Ofgem's figures", "the agency's own estimates put the cost at", "the ministry's
 *   statement said" (the owner phrase is read as a speaker of its own, so "the agency" may still refer back);
 * - a possessive pronoun: "according to its manifest", "by their own count" (a pronoun, resolved to the last speaker);
 * - a name used as a modifier: "according to Eurocontrol data", "Interior Ministry figures showed".
 * Returns the owner's mention, spanning the whole phrase, or null when token k opens no such phrase.
 */
export function documentOwner(tokens: Token[], k: number, text: string, tables: ClaimTables): Mention | null {
  const t = compile(tables);
  if (!t) return null;
  const first = tokens[k];
  if (!first || first.kind !== 'word') return null;
  // "its manifest", "their own estimates"
  const pronoun = t.pronouns.get(lowerOf(first));
  if (pronoun) {
    const d = documentAfter(tokens, k + 1, t);
    if (d < 0) return null;
    return { start: first.start, end: tokens[d]!.end, next: d + 1, source: { kind: 'unattributed', text: pronoun, name: null, role: null, organisation: null, country: null }, definite: false, pronoun: true, roleBase: null, official: false };
  }
  // up to five words of an owner phrase, the last one possessive: "Ofgem's", "the agency's", "the U.N. agency's"
  for (let p = k; p < k + 5 && p < tokens.length; p++) {
    const w = tokens[p]!;
    if (w.kind !== 'word') break;
    if (!POSSESSIVE.test(w.text)) continue;
    const d = documentAfter(tokens, p + 1, t);
    if (d < 0) return null;
    const bare = w.text.replace(POSSESSIVE, '');
    // (a token of another text: the interned word of "Ofgem's" must not come along with "Ofgem")
    const owner = ownerMention([...tokens.slice(k, p), { ...w, end: w.start + bare.length, text: bare, word: undefined }], text, tables);
    // the owner keeps its own words as the mention's text: "the agency" may still refer back to the agency named before
    return owner ? { ...owner, end: tokens[d]!.end, next: d + 1 } : null;
  }
  // "Eurocontrol data", "Interior Ministry figures": capitalised words right before the document noun
  let e = k;
  while (e < k + 4 && isCapitalised(tokens[e]) && tokens[e]!.kind === 'word' && (e === k || tokens[e]!.start - tokens[e - 1]!.end === 1)) e++;
  if (e === k || !t.documents.test(tokens[e]?.text ?? '') || tokens[e]!.start - tokens[e - 1]!.end !== 1 || t.documents.test(tokens[e - 1]!.text)) return null;
  // "Provisional figures show …", "Some estimates put …": one capitalised word opening a sentence is an adjective or a
  // determiner there, unless it is an acronym ("NCS data showed …")
  if (e - k === 1 && !/^[\p{Lu}\d]{2,}$/u.test(first.text) && SENTENCE_OPEN.test(text.slice(Math.max(0, first.start - 4), first.start))) return null;
  const owner = ownerMention(tokens.slice(k, e), text, tables);
  return owner ? { ...owner, end: tokens[e]!.end, next: e + 1 } : null;
}

/**
 * "The statement said …" after "… said in a statement": a bare definite document that the text introduced before is
 * the statement of whoever issued it, the last speaker; returned as a pronoun mention to be resolved like "they".
 */
export function introducedDocument(m: Mention, text: string, tables: ClaimTables): Mention | null {
  const t = compile(tables);
  if (!t || m.source.kind !== 'document' || m.source.name) return null;
  const words = (m.source.text ?? '').split(/\s+/u);
  if (words.length !== 2 || !tables.sources.definite.includes(words[0]!.toLowerCase()) || !t.documents.test(words[1]!)) return null;
  // the same noun, singular, with an indefinite article or a possessive earlier in the text ("in a statement", "its report")
  const floor = Math.max(0, m.start - LOOK_BACK);
  const re = new RegExp(`(?<![\\p{L}])(?:a|an|its|their|his|her)\\s+(?:[\\p{Ll}-]+\\s+)?${words[1]!.toLowerCase()}(?![\\p{L}])`, 'u');
  if (!re.test(text.slice(floor, m.start))) return null;
  return { ...m, source: { ...m.source, kind: 'unattributed', text: 'they' }, pronoun: true };
}

/**
 * "according to Eurocontrol", "according to Ann Lee": a name no table knows right after a frame that names a speaker;
 * a lone word is a body unless the text named a person by it in full before.
 */
export function namedAfterFrame(tokens: Token[], k: number, text: string, tables: ClaimTables): Mention | null {
  if (!compile(tables) || !isCapitalised(tokens[k]) || tokens[k]!.kind !== 'word') return null;
  const g = genericSpeaker(tokens, k, text, tables);
  if (!g || g.source.kind === 'unattributed' || g.source.kind === 'document') return null;
  return ownerMention(tokens.slice(k, g.next), text, tables);
}

/** How far back "the statement" may find the statement it refers to: a few paragraphs. */
const LOOK_BACK = 1500;
const POSSESSIVE = /['’]s$/u;
const SENTENCE_OPEN = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/** The index of a document noun at i, after an optional "own", or -1. */
function documentAfter(tokens: Token[], i: number, t: Compiled): number {
  if (t.own.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  return t.documents.test(tokens[i]?.text ?? '') ? i : -1;
}

/** The owner phrase as a speaker: a known phrase, or one the tables do not know ("Ofgem", "the Fenmoor institute"). */
function ownerMention(owner: Token[], text: string, tables: ClaimTables): Mention | null {
  const m = parseSpeaker(owner, 0, text, tables) ?? genericSpeaker(owner, 0, text, tables);
  if (!m || m.next !== owner.length || m.source.kind === 'unattributed' || m.source.kind === 'document') return null;
  // a lone capitalised word no table knows is a body's name
  // ("Ofgem's figures"), not a person's surname, unless the text named a person by it in full before ("Ann Musk … Musk's")
  if (owner.length === 1 && m.source.kind === 'person' && !m.source.role && m.source.name === owner[0]!.text
    && !new RegExp(`\\p{Lu}\\p{Ll}+ ${owner[0]!.text}(?![\\p{L}])`, 'u').test(text.slice(0, owner[0]!.start))) {
    return { ...m, source: { ...m.source, kind: 'organisation', organisation: m.source.name } };
  }
  return m;
}

interface Compiled {
  documents: RegExp;
  own: Set<string>;
  pronouns: Map<string, string>;
}

const compile = cached((t: ClaimTables): Compiled | null => {
  const d = t.sources.documentOwner;
  return d && !t.nounsCapitalised ? {
    documents: new RegExp(`^(?:${d.nouns})$`, 'u'),
    own: new Set(d.own),
    pronouns: new Map(d.pronouns),
  } : null;
});
