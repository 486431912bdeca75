import type { Token, TokenWord } from '../text/tokens.js';
import { ownCopy } from '../text/word-table.js';
import { newWordSlot } from './words.js';

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

/**
 * Answers about tokens, by word: kept in a slot of the token's interned word (Token.word: a read, where a map
 * lookup by text costs a probe of a large table), or by text for a token made elsewhere or when no slot is free.
 * Either way the answer is the one for the token's text.
 */
export class TokenMemo<V> {
  private readonly slot = newWordSlot();
  private readonly byText = new Map<string, V>();

  /** the answer kept for t's text, or undefined */
  get(t: Token): V | undefined {
    const w = wordOf(t);
    return w !== undefined && this.slot >= 0 ? (w.data?.[this.slot] as V | undefined) : this.byText.get(t.text);
  }

  /** keeps `value` as the answer for t's text and returns it */
  set(t: Token, value: V): V {
    const w = wordOf(t);
    if (w !== undefined && this.slot >= 0) (w.data ??= [])[this.slot] = value;
    else remember(this.byText, t.text, value);
    return value;
  }
}

/**
 * A token's interned word, if it is the entry of the token's text: a copy of a token made with another text
 * ("Ofgem" cut from "Ofgem's") must not use the entry it came with (the texts are interned: mostly one compare of
 * references).
 */
export function wordOf(t: Token): TokenWord | undefined {
  const w = t.word;
  return w !== undefined && w.raw === t.text ? w : undefined;
}
