import type { ClaimSource } from '../core/claim.js';
import type { ClaimTables } from './tables.js';
import { cached } from './pattern.js';

/**
 * English "A fire at Gulfline Energy's refinery injured seven workers, the company said", "… of Narmada Agrochem Ltd.
 * in the industrial area. … The company said …": a bare "the company", "the firm", "the agency" means the last body of
 * its type the text named, also one that never spoke (an object, a possessive). The speaker history only holds
 * speakers and sentence subjects, so this reads the text itself: the last run of capitalised words before the mention
 * whose words mark the type (Ltd, Energy, Airlines for a company; Authority, Ministry for an authority).
 */
export function namedBodyBefore(text: string, before: number, floor: number, mentionText: string, kind: ClaimSource['kind'], tables: ClaimTables): ClaimSource | null {
  const bt = compileTypes(tables);
  if (!bt) return null;
  const words = mentionText.trim().split(/\s+/u);
  // only a bare noun after its article and lower-case adjectives ("the company", "the state-owned firm"), not a body's own
  // phrase ("the U.N. children's agency UNICEF", "the prime minister's office")
  if (words.length < 2 || !tables.sources.definite.includes(words[0]!.toLowerCase()) || !words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const types = bt.filter((t) => t.nouns.test(words[words.length - 1]!));
  if (!types.length) return null;
  const from = Math.max(floor, before - LOOK_BACK);
  let found: string | null = null;
  const window = text.slice(from, before);
  for (const m of window.matchAll(NAME_RUN)) {
    const run = m[0].replace(LEADING_ARTICLE, '');
    if (!run || !/\s/u.test(run)) continue;
    // "operated by domestic carrier Annapurna Skylink": a noun of the type right before the name types it too
    const noun = /(\p{L}+)\s+$/u.exec(window.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
    if (types.some((t) => t.marks.test(run) || (!!noun && t.nouns.test(noun)))) found = run;
  }
  return found ? { kind, text: found, name: found, role: null, organisation: found, country: null } : null;
}

/** How far back a bare body noun may reach for a body named in passing: a few paragraphs. */
const LOOK_BACK = 2500;
/**
 * Capitalised words joined by single spaces ("Narmada Agrochem Ltd."), stopping at a possessive or punctuation: a period
 * only after a company suffix, so a run never reaches over a sentence end.
 */
const NAME_RUN = /\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*)*(?: (?:Ltd|Inc|Corp|Co)\.)?/gu;
const LEADING_ARTICLE = /^(?:The|A|An|In|At|On|By|For|From|Of|To|With)\s+/u;

const compileTypes = cached((t: ClaimTables): Array<{ nouns: RegExp; marks: RegExp }> | null =>
  t.nounsCapitalised || !t.sources.bodyTypes ? null
    : t.sources.bodyTypes.map((b) => ({ nouns: new RegExp(`^(?:${b.nouns})$`, 'iu'), marks: new RegExp(`(?<![\\p{L}])(?:${b.marks})(?![\\p{L}])`, 'iu') })));
