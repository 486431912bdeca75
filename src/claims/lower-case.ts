import type { Token } from '../text/tokens.js';
import { remember, wordOf } from './memo.js';

/**
 * A token's text in lower case, remembered by text. Token texts are interned (src/text/tokens.ts), so a lookup
 * finds the hash computed and the key by identity, where toLowerCase makes a new string for every capitalised
 * word (most German nouns) whose hash each table lookup then computes again.
 */
const lowers = new Map<string, string>();

export function lowerCase(word: string): string {
  const lower = lowers.get(word);
  return lower !== undefined ? lower : remember(lowers, word, word.toLowerCase());
}

/** A token's text in lower case: the tokenizer's interned entry holds it (no lookup); lowerCase for other tokens. */
export function lowerOf(t: Token): string {
  const w = wordOf(t);
  return w !== undefined ? w.t : lowerCase(t.text);
}
