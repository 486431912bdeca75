import { ownCopy } from '../text/word-table.js';

/**
 * Answers remembered by word (the big alternations of the tables are slow, and the same words come back in every
 * article). A word read from an article is a slice of the article's text, and a slice kept as a map key keeps the
 * whole text alive: the key stored is a copy of its own, made once per new word. Bounded: a long run over many
 * articles empties a full memo instead of growing it.
 */
export const MEMO_LIMIT = 50_000;

export function remember<V>(memo: Map<string, V>, word: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(ownCopy(word), value);
  return value;
}
