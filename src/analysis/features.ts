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
import { findEntities, lookupEntity, type EntityMention } from './aliases.js';
import { figureKeys, textFigures, type TextFigure } from './figures.js';
import { resolveSource } from './speakers.js';
import { ARTICLES, DETERMINERS, PLACE_CONTRACTIONS, PLACE_GENERIC, PLACE_PREPOSITIONS, STOPWORDS } from './stopwords.js';
import { fold, isSalient, stem, words, type Word } from './words.js';
import { allPacks } from '../lang/index.js';

/** prepositions that link a place noun to the name ("Gegend um", "outskirts of"), all languages merged */
const PLACE_LINKERS: ReadonlySet<string> = new Set(allPacks().flatMap((p) => p.topics.placeLinkers));

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
  /** the figures written in the body, in text order (the syndication fingerprint orders them by position) */
  textFigures: TextFigure[];
  /** alias-table entities in the body */
  entities: EntityMention[];
}

export function prepareText(doc: Document, claims: readonly Claim[] = []): PreparedText {
  const body = words(doc.text, doc.bodyStart);
  const written = textFigures(doc.text, doc.language, doc.bodyStart);
  return {
    body,
    title: doc.title ? words(doc.title) : [],
    figures: figureKeys(claims, written),
    textFigures: written,
    entities: findEntities(body.map((w) => w.norm), body.map((w) => w.capitalized)),
  };
}

/**
 * Is word i introduced as a place? 2 after a place noun ("im Landkreis Oberhain", "in der Region Kursk", "Stadt
 * Wendelsbach", "in der Gegend um Breikplasane": the phrase says it is a place), 1 after a bare place preposition
 * ("in Lindenau", "bei Idlib", but also "in Sicherheit"), 0 otherwise.
 */
function afterPlacePreposition(ws: readonly Word[], i: number): 0 | 1 | 2 {
  let j = i - 1;
  // a linking preposition between the place noun and the name ("Gegend um", "Nähe von", "outskirts of")
  if (j >= 1 && (PLACE_LINKERS.has(ws[j]!.norm) || PLACE_PREPOSITIONS.has(ws[j]!.norm)) && PLACE_GENERIC.has(ws[j - 1]!.norm)) return 2;
  let generic = false;
  while (j >= 0 && (PLACE_GENERIC.has(ws[j]!.norm) || ARTICLES.has(ws[j]!.norm))) {
    if (PLACE_GENERIC.has(ws[j]!.norm)) generic = true;
    j--;
  }
  if (generic && j === i - 2 && ws[i - 1]!.capitalized) return 2;
  if (j >= 0 && (PLACE_PREPOSITIONS.has(ws[j]!.norm) || (generic && PLACE_CONTRACTIONS.has(ws[j]!.norm)))) return generic ? 2 : 1;
  return 0;
}

/** Where an article is, in two tiers (see placeMentions). */
export interface PlaceMentions {
  /** the places it is about: claims' places, alias-table places, names after a place preposition named twice */
  places: Set<string>;
  /**
   * `places` plus names a place noun introduces once ("im Ortsteil Auelgrund", "in der Gegend um Breikplasane"):
   * where the article says it is, but too thin to demand of other articles (a follow-up names the district
   * where a victim was found, which the first report never mentioned)
   */
  named: Set<string>;
}

export function articlePlaces(claims: readonly Claim[], text: PreparedText): Set<string> {
  return placeMentions(claims, text).places;
}

/**
 * Where an article is: the words of its claims' places, the places of the alias table it names, and capitalised
 * words after a place preposition, as feature keys (`e:place:kyiv`, `w:lindenau`). Used to keep apart reports of two events of one
 * kind in two places (two elections, two floods): their words match, their places do not. Nouns caught by the
 * preposition rule ("in Sicherheit") only make a place overlap likelier, which is the cautious direction; the
 * story index also ignores place words that are frequent in the corpus.
 */
export function placeMentions(claims: readonly Claim[], text: PreparedText): PlaceMentions {
  const out = new Set<string>();
  const addName = (name: string) => {
    const row = lookupEntity(fold(name));
    if (row) {
      if (row.kind === 'place') out.add(`e:${row.key}`);
      return;
    }
    for (const w of words(name)) {
      if (w.norm.length < 3 || PLACE_GENERIC.has(w.norm)) continue;
      const r = lookupEntity(w.norm);
      if (!r) out.add(`w:${stem(w.norm)}`);
      else if (r.kind === 'place') out.add(`e:${r.key}`);
    }
  };
  for (const c of claims) if (c.place?.name) addName(c.place.name);
  // a capitalised word after a place preposition, when the article names it at least twice: a noun caught by
  // the rule ("bei Verwandten", "in Sicherheit") is rarely repeated, the place of the event is
  // a word that stands after an article somewhere ("das Meinungsforschungsinstitut") is a common noun
  const seen = new Map<string, number>();
  /** candidate → 2 when a place noun introduced it at least once, else 1 */
  const candidates = new Map<string, number>();
  const afterArticle = new Set<string>();
  for (const ws of [text.title, text.body]) {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (!w.capitalized || w.norm.length < 3) continue;
      const key = stem(w.norm);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (i > 0 && DETERMINERS.has(ws[i - 1]!.norm)) afterArticle.add(key);
      // a name at a sentence start follows no preposition of its own ("vor Ort. Anwohner berichten")
      if (i === 0 || w.sentenceStart || STOPWORDS.has(w.norm) || PLACE_GENERIC.has(w.norm)) continue;
      const how = afterPlacePreposition(ws, i);
      if (how === 0) continue;
      const row = lookupEntity(w.norm);
      if (row) {
        if (row.kind === 'place') out.add(`e:${row.key}`);
      } else candidates.set(key, Math.max(how, candidates.get(key) ?? 0));
    }
  }
  const named = new Set(out);
  for (const [c, how] of candidates) {
    if (afterArticle.has(c)) continue;
    if ((seen.get(c) ?? 0) >= 2) {
      out.add(`w:${c}`);
      named.add(`w:${c}`);
    } else if (how === 2) named.add(`w:${c}`);
  }
  return { places: out, named };
}

export const BOOST = { w: 1, n: 1.5, e: 2, p: 3, s: 2, f: 1 } as const;
export type Family = keyof typeof BOOST;
const TITLE_TF = 3;

export function articleFeatures(doc: Document, claims: readonly Claim[] = [], prepared?: PreparedText): Feature[] {
  const text = prepared ?? prepareText(doc, claims);
  // one map per family, keyed by the bare key: the family-prefixed key is built once per feature, not per word
  const maps: Record<Family, Map<string, Feature>> = { w: new Map(), n: new Map(), e: new Map(), p: new Map(), s: new Map(), f: new Map() };
  const out: Feature[] = [];
  const add = (fam: Family, key: string, n = 1) => {
    const map = maps[fam];
    const f = map.get(key);
    if (f) f.tf += n;
    else {
      const g = { key: `${fam}:${key}`, tf: n, boost: BOOST[fam], li: fam !== 'w' };
      map.set(key, g);
      out.push(g);
    }
  };
  for (const [ws, weight] of [[text.title, TITLE_TF], [text.body, 1]] as const) {
    const inEntity = new Uint8Array(ws.length);
    const entities = ws === text.body ? text.entities : findEntities(ws.map((w) => w.norm), ws.map((w) => w.capitalized));
    for (const m of entities) {
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
  return out;
}
