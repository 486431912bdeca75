/**
 * Topical features of an article for story grouping. Words tie articles of one language; names, places,
 * speakers and figures tie articles across languages, so they are marked language-independent (`li`):
 * - `w:` salient words, stemmed (function words and the vocabulary of reporting itself left out);
 * - `e:` entities from the alias table (Selenskyj = Zelensky, Nordkorea = North Korea = nordkoreanisch);
 * - `n:` other capitalised words inside a sentence (names in English; in German also nouns, which simply
 *   find no partner in English articles);
 * - `p:` the places of the claims (where the figures are about: the strongest sign of one event);
 * - `s:` the speakers of the claims, resolved across languages (the Landrat who speaks in every follow-up);
 * - `f:` figures ("10000", "20%"), from claims and digits alike. Follow-ups report new figures, so figures
 *   weigh less than names and places.
 * Words of the title count three times: the headline says what the article is about.
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { findEntities, lookupEntity } from './aliases.js';
import { articleFigures } from './figures.js';
import { resolveSource } from './speakers.js';
import { fold, isSalient, stem, words, type Word } from './words.js';

export interface Feature {
  key: string;
  /** occurrences in the article (title words count TITLE_TF times) */
  tf: number;
  /** weight factor of the feature family */
  boost: number;
  /** language-independent: counts across languages */
  li: boolean;
}

/** What the indexes need from an article's text, computed once and shared (words are the costly part). */
export interface PreparedText {
  /** words of the body (from bodyStart) */
  body: Word[];
  title: Word[];
  /** figure keys of the claims and the body */
  figures: Set<string>;
}

export function prepareText(doc: Document, claims: readonly Claim[] = []): PreparedText {
  return {
    body: words(doc.text, doc.bodyStart),
    title: doc.title ? words(doc.title) : [],
    figures: articleFigures(doc.text, doc.language, claims, doc.bodyStart),
  };
}

export const BOOST = { w: 1, n: 1.5, e: 2, p: 3, s: 2, f: 1 } as const;
export type Family = keyof typeof BOOST;
const TITLE_TF = 3;

export function articleFeatures(doc: Document, claims: readonly Claim[] = [], prepared?: PreparedText): Feature[] {
  const text = prepared ?? prepareText(doc, claims);
  const map = new Map<string, Feature>();
  const add = (fam: Family, key: string, n = 1) => {
    const k = `${fam}:${key}`;
    const f = map.get(k);
    if (f) f.tf += n;
    else map.set(k, { key: k, tf: n, boost: BOOST[fam], li: fam !== 'w' });
  };
  for (const [ws, weight] of [[text.title, TITLE_TF], [text.body, 1]] as const) {
    const norms = ws.map((w) => w.norm);
    const caps = ws.map((w) => w.capitalized);
    const inEntity = new Uint8Array(ws.length);
    for (const m of findEntities(norms, caps)) {
      add('e', m.row.key, weight);
      for (let i = m.from; i < m.to; i++) inEntity[i] = 1;
    }
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (inEntity[i] || !isSalient(w)) continue;
      const s = stem(w.norm);
      add('w', s, weight);
      if (w.capitalized && !w.sentenceStart) add('n', s, weight);
    }
  }
  for (const f of text.figures) add('f', f);
  for (const c of claims) {
    if (c.place?.name) {
      const folded = fold(c.place.name);
      const row = lookupEntity(folded);
      add('p', row ? row.key : stem(folded));
    }
    if (c.source.kind !== 'unattributed') {
      const src = resolveSource(c.source, doc.outlet, doc.id);
      add('s', src.key);
    }
  }
  return [...map.values()];
}
