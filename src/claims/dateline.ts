import type { Token } from '../text/tokens.js';

/**
 * "LONDON (Reuters) – Ofgem said …", "ISLAMABAD/NEW DELHI, May 6 (AFP) -": a wire dateline opening the first sentence
 * is where the story was filed, never its subject. Returns the token index after the dateline's dash, or i when the
 * tokens at i open no dateline (a place in capitals, optional date and agency in brackets, then a dash).
 */
export function datelineEnd(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && CAPITALS.test(tokens[k]!.text)) {
    k++;
    if (tokens[k]?.text === '/' || tokens[k]?.text === ',') k++;
  }
  // "Berlin (dpa) –", "Frankfurt/Main (Reuters) –": a German dateline writes the place as a name, the agency's
  // brackets and the dash make it a dateline
  if (k === i) {
    while (k < tokens.length && k < i + 4 && /^\p{Lu}[\p{L}.-]*$/u.test(tokens[k]!.text) && !ARTICLE.test(tokens[k]!.text)) {
      k++;
      if (tokens[k]?.text === '/') k++;
    }
    if (k === i || tokens[k]?.text !== '(') return i;
  }
  // ", May 6": a date after the place
  while (k < tokens.length && k < i + 12 && tokens[k]!.text !== '(' && !DASH.test(tokens[k]!.text) && /^(?:\p{Lu}\p{Ll}+\.?|\d{1,2}|,)$/u.test(tokens[k]!.text)) k++;
  if (tokens[k]?.text === '(') {
    let e = k + 1;
    while (e < tokens.length && e < k + 5 && tokens[e]!.text !== ')') e++;
    if (tokens[e]?.text !== ')') return i;
    k = e + 1;
  }
  return DASH.test(tokens[k]?.text ?? '') ? k + 1 : i;
}

/** A word in capitals of two letters or more ("LONDON", "NEW", "PORT-AU-PRINCE"). */
const CAPITALS = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const DASH = /^[-–—]$/u;
/** a name with an article ("Die Deutsche Bahn (DB) –") is a subject, no place */
const ARTICLE = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|The|A|An)$/u;
