import type { Token } from '../text/tokens.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';
import { lowerCase } from './lower-case.js';

interface CompiledShape {
  ending: RegExp;
  notVerbs: Set<string>;
  adverbs: Set<string>;
  articles: Set<string>;
  pronouns: Set<string>;
}

const compileShape = cached((t: ClaimTables): CompiledShape | null => t.speech.konjunktivShape ? {
  ending: new RegExp(`^(?:${t.speech.konjunktivShape.ending})$`, 'u'),
  notVerbs: new Set(t.speech.konjunktivShape.notVerbs),
  adverbs: new Set([...(t.speech.bareName?.adverbs ?? []), ...t.speech.fillers.map((f) => f.toLowerCase())]),
  articles: new Set([...t.sources.definite, ...t.sources.indefinite]),
  pronouns: new Set(t.speech.pronouns ?? []),
} : null);

/**
 * "Zudem fehle es an 40 Ärzten", "Die Klinik brauche 40 Betten", "Er erwarte 300 Gäste": a Konjunktiv I form that no
 * list holds, in verb-second place: right after a sentence adverb or a pronoun, or after a subject made of an article,
 * lower-case words and one capitalised noun. Its shape (an -e ending, not the preterite -te) marks reported speech.
 */
export function shapedKonjunktiv(tokens: Token[], tables: ClaimTables): boolean {
  const c = compileShape(tables);
  const first = tokens[0];
  if (!c || !first || first.kind !== 'word') return false;
  const w = lowerCase(first.text);
  let v = -1;
  // an article first (the fillers list articles too: "am", "der"), then an adverb or a pronoun
  if (c.articles.has(w)) {
    let k = 1;
    while (k < 4 && tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
    if (tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) v = k + 1;
  } else if (c.adverbs.has(w) || c.pronouns.has(first.text)) v = 1;
  const verb = v > 0 ? tokens[v] : undefined;
  return !!verb && verb.kind === 'word' && c.ending.test(verb.text) && !c.notVerbs.has(verb.text);
}
