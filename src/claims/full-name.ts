import type { Span } from '../core/span.js';
import type { Token } from '../text/tokens.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';
import { genericSpeaker, type Mention } from './source.js';
import { countryIndex, countryOfWord } from './countries.js';

/**
 * English "Elon Musk said …", "Citizens Advice said …": two or three capitalised words that open a sentence right before
 * its reporting verb are a speaker even when no table knows the first name. Whether a person or a body speaks, the
 * name alone cannot tell ("Credit Suisse", "Tariq Haddad"), so the article is asked:
 * - a place (a country, a word that opens place names like "New", "Port", or the name after "in"/"from" elsewhere in
 *   the text) is no speaker here: "New York said" is left to the rules for governments;
 * - a body: its last word is a body word ("… Maritime", "… International"), the text writes it after "the" elsewhere,
 *   or the content clause refers to it as "it"/"its" before any "he"/"she";
 * - else a person: news names a person in full once and by the surname after, or as "he"/"she"; with no sign either
 *   way a full name is taken for a person (the sentence shape of persons quoted by name).
 */
export function fullNameSpeaker(text: string, sentence: Span, tokens: Token[], ci: number, ti: number, tables: ClaimTables): Mention | null {
  const t = compile(tables);
  if (!t || ti - ci < 2 || ti - ci > 3) return null;
  const words = tokens.slice(ci, ti);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // single spaces between plain capitalised words: no acronym, no sentence adverb, no weekday
    if (w.kind !== 'word' || !/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w.text) || (k > 0 && w.start - words[k - 1]!.end !== 1)) return null;
    if (t.notNames.test(w.text) || countryOfWord(t.countries, w.text)) return null;
  }
  if (t.placeOpeners.test(words[0]!.text)) return null;
  const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
  if (placeElsewhere(text, name, t)) return null;
  const g = genericSpeaker(tokens, ci, text, tables);
  if (!g || g.next !== ti) return null;
  const body = t.bodyTails.test(words[words.length - 1]!.text) || articleElsewhere(text, name, words[0]!.start) || pronounAfter(text, sentence, tokens[ti]!.end) === 'body';
  const person = !body || surnameElsewhere(text, words[0]!.text, words[words.length - 1]!.text) || pronounAfter(text, sentence, tokens[ti]!.end) === 'person';
  const source = person
    ? { kind: 'person' as const, text: name, name, role: null, organisation: null, country: null }
    : { kind: 'organisation' as const, text: name, name, role: null, organisation: name, country: null };
  return { ...g, source, definite: false, roleBase: null, official: false, institution: !person };
}

/** "in New York", "from Port Moresby": the name written after a place preposition somewhere in the text. */
function placeElsewhere(text: string, name: string, t: Compiled): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
    if (m && t.placePrepositions.has(m[1]!)) return true;
  }
  return false;
}

/** "the Citizens Advice helpline", "said the Credit Suisse spokesman": the name after a lower-case "the" elsewhere. */
function articleElsewhere(text: string, name: string, self: number): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at !== self && /(?<![\p{L}])the\s+$/u.test(text.slice(Math.max(0, at - 5), at))) return true;
  }
  return false;
}

/** "Musk added", "Mr. Musk": the last word of the name standing alone, not after its first word, elsewhere in the text. */
function surnameElsewhere(text: string, first: string, last: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])${escape(last)}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - first.length - 1), m.index);
    if (before !== `${first} ` && !/\p{Lu}[\p{L}-]*\s$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

/** The first third-person singular pronoun after the verb in the sentence: "it"/"its" a body, "he"/"she" a person. */
function pronounAfter(text: string, sentence: Span, from: number): 'body' | 'person' | null {
  const m = /(?<![\p{L}])(it|its|he|she|his|her)(?![\p{L}])/iu.exec(text.slice(from, sentence.end));
  if (!m) return null;
  return /^its?$/iu.test(m[1]!) ? 'body' : 'person';
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

interface Compiled {
  countries: ReturnType<typeof countryIndex>;
  notNames: RegExp;
  placeOpeners: RegExp;
  bodyTails: RegExp;
  placePrepositions: Set<string>;
}

const compile = cached((t: ClaimTables): Compiled | null => {
  const f = t.sources.fullNames;
  if (!f || t.nounsCapitalised) return null;
  const roles = t.sources.roles.map((r) => r.pattern).join('|');
  const orgs = t.sources.organisations.map((o) => o.pattern).join('|');
  const media = t.sources.media.map(([p]) => p).join('|');
  return {
    countries: countryIndex(t.countries),
    // a word the tables know as a role, a body, a medium, a time word or an adverb is no part of an unknown name
    notNames: new RegExp(`^(?:(?:${roles})s?|${orgs}|${media}|${f.notNames}|${t.speech.fillers.join('|')}|${t.speech.clauseStarters.join('|')}|${(t.speech.bareName?.adverbs ?? []).join('|')})$`, 'iu'),
    placeOpeners: new RegExp(`^(?:${f.placeOpeners})$`, 'u'),
    bodyTails: new RegExp(`^(?:${f.bodyTails})$`, 'u'),
    placePrepositions: new Set(f.placePrepositions),
  };
});
