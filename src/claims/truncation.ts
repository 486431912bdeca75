import type { Token } from '../text/tokens.js';
import { institutionNoun } from './source.js';

/** Words that coordinate a truncated first part with the full compound after it. */
const COORDINATOR = /^(?:und|oder|sowie)$/u;

/**
 * German "der Deutschen Industrie- und Handelskammer", "des Städte- und Gemeindebunds": a truncated noun (its hyphen
 * glued to it), a coordinator and a body compound are one body's name. Joined into one word token, so that the
 * speaker parser reads the body by its head noun (kammer, bund) instead of stopping at the hyphen. Only where the
 * compound is a body noun: "Hallen- und Freibäder" stays as it is.
 */
export function mergeTruncatedBodies(tokens: Token[], text: string): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const h = tokens[i + 1];
    if (h && h.text === '-' && h.start === t.end && t.kind === 'word' && /^\p{Lu}/u.test(t.text)) {
      const c = tokens[i + 2];
      const n = tokens[i + 3];
      if (c && n && COORDINATOR.test(c.text) && n.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(n.text) && institutionNoun(n.text)) {
        out ??= tokens.slice(0, i);
        out.push({ start: t.start, end: n.end, text: text.slice(t.start, n.end), kind: 'word' });
        i += 3;
        continue;
      }
    }
    if (out) out.push(t);
  }
  return out ?? tokens;
}
