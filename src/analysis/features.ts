/**
 * Topical features of an article for story grouping. Words tie articles of one language; names, places and
 * figures tie articles across languages, so they are marked language-independent (`li`):
 * - `w:` salient folded words (function words left out);
 * - `e:` entities from the alias table (Selenskyj = Zelensky, Nordkorea = North Korea = nordkoreanisch);
 * - `n:` other capitalised words inside a sentence (names in English; in German also nouns, which simply
 *   find no partner in English articles);
 * - `f:` figures ("10000", "20%"), from claims and digits alike.
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { findEntities, lookupEntity } from './aliases.js';
import { articleFigures } from './figures.js';
import { fold, isSalient, words } from './words.js';

export interface Feature {
  key: string;
  /** occurrences in the article */
  tf: number;
  /** weight factor of the feature family */
  boost: number;
  /** language-independent: counts across languages */
  li: boolean;
}

const BOOST = { w: 1, e: 2, n: 1.5, f: 2 } as const;

export function articleFeatures(doc: Document, claims: readonly Claim[] = []): Feature[] {
  const map = new Map<string, Feature>();
  const add = (fam: keyof typeof BOOST, key: string, n = 1) => {
    const k = `${fam}:${key}`;
    const f = map.get(k);
    if (f) f.tf += n;
    else map.set(k, { key: k, tf: n, boost: BOOST[fam], li: fam !== 'w' });
  };
  const parts = [doc.title ?? '', doc.text.slice(doc.bodyStart)];
  for (const part of parts) {
    const ws = words(part);
    const norms = ws.map((w) => w.norm);
    const caps = ws.map((w) => w.capitalized);
    const inEntity = new Uint8Array(ws.length);
    for (const m of findEntities(norms, caps)) {
      add('e', m.row.key);
      for (let i = m.from; i < m.to; i++) inEntity[i] = 1;
    }
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (inEntity[i] || !isSalient(w)) continue;
      add('w', w.norm);
      if (w.capitalized && !w.sentenceStart) add('n', w.norm);
    }
  }
  for (const f of articleFigures(doc.text, doc.language, claims, doc.bodyStart)) add('f', f);
  for (const c of claims) {
    if (!c.place?.name) continue;
    const folded = fold(c.place.name);
    const row = lookupEntity(folded);
    if (row) add('e', row.key);
    else add('n', folded);
  }
  return [...map.values()];
}
