/**
 * The topic words of every language pack merged (src/lang/<code>/topics.ts): function words and the vocabulary
 * of reporting, left out of topical features; place generics and the small words around place names.
 * One merged set per field, because a corpus mixes languages and the analysis compares across them.
 */
import { allPacks } from '../lang/index.js';
import { wordList, type TopicTables } from './tables.js';

function merged(pick: (t: TopicTables) => readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const p of allPacks()) for (const w of pick(p.topics)) out.add(w);
  return out;
}

export const STOPWORDS = merged((t) => [...wordList(t.stopwords), ...wordList(t.reporting)]);
/** nouns that say what kind of place a name is, not which place */
export const PLACE_GENERIC = merged((t) => wordList(t.placeGenerics));
/** prepositions after which a capitalised word is usually a place */
export const PLACE_PREPOSITIONS = merged((t) => t.placePrepositions);
/** a preposition fused with an article, before a place generic ("im Landkreis") */
export const PLACE_CONTRACTIONS = merged((t) => t.placeContractions);
export const ARTICLES = merged((t) => t.articles);
export const DETERMINERS = merged((t) => [...t.articles, ...t.determiners]);
