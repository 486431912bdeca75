/**
 * The documents of the soak test and what the store must end up holding. Every text is generated here (no
 * example article): URL articles in several versions (each version adds a figure, so versions differ in text
 * and in claim count), and URL-less reports that arrive under several document ids with the same text.
 * Claims come from the test extractor (one claim per run of digits), so the expected count of a text is known.
 */
import { makeDocument, type Document } from '../../src/core/document.js';
import { articleIdent, contentHash } from '../../src/store/identity.js';

const TOPICS = [
  'Hochwasser an der Oder',
  'Waldbrand im Harz',
  'Sturmflut an der Nordsee',
  'Busunglück bei Passau',
  'Hitzewelle in Sachsen',
  'Lawine im Allgäu',
];

/** Digits spelled as letters, so that a document's number shows in its text without adding a claim. */
const letters = (n: number) => String(n).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);

const day = (i: number) => `2024-06-${String(1 + (i % 28)).padStart(2, '0')}`;

export const SOAK_HOST = 'https://soak.example';

/** Version `version` (1-based) of URL article i, optionally under another spelling of its URL. */
export function urlArticle(i: number, version = 1, urlSpelling?: string): Document {
  const figures = [`laut Behörde ${i + 1} Tote`, `${i + 2} Verletzte`];
  for (let k = 1; k < version; k++) figures.push(`nach Stand ${letters(k)} ${i + 10 * k} Vermisste`);
  return makeDocument(`${TOPICS[i % TOPICS.length]}, Bericht ${letters(i)}: ${figures.join(' und ')}.`, {
    id: `s${i}`,
    url: urlSpelling ?? `${SOAK_HOST}/artikel/${i}`,
    outlet: `Blatt ${letters(i % 7)}`,
    publishedAt: day(i),
  });
}

/** Other spellings of the same URL: the store must treat them as one article. */
export function urlSpellings(i: number): string[] {
  return [`${SOAK_HOST}/artikel/${i}#kommentare`, `https://SOAK.example/artikel/${i}/`];
}

/** A URL-less report j as copy k: the same text under a different document id. */
export function urllessCopy(j: number, k: number): Document {
  return makeDocument(`Kurzmeldung ${letters(j)} ohne Quelle im Netz: laut Polizei ${j + 3} Tote bei ${TOPICS[j % TOPICS.length]}.`, {
    id: `u${j}-${k}`,
    url: null,
    outlet: 'Agentur',
    publishedAt: day(j),
  });
}

/** Claims the test extractor finds in a text: one per run of digits. */
export function expectedClaimCount(text: string): number {
  return text.match(/\d+/g)?.length ?? 0;
}

/** What the producer has enqueued, and so what the store must hold once the queue is drained. */
export class ExpectedCorpus {
  /** article ident (canonical URL) → the texts of its versions, oldest first */
  readonly versions = new Map<string, string[]>();
  /** texts of URL-less reports (each stored once, whatever its number of copies) */
  readonly urlless = new Set<string>();

  add(doc: Document): void {
    if (!doc.url) {
      this.urlless.add(doc.text);
      return;
    }
    const ident = articleIdent(doc);
    const list = this.versions.get(ident) ?? [];
    if (list.at(-1) !== doc.text) list.push(doc.text);
    this.versions.set(ident, list);
  }

  get articles(): number {
    return this.versions.size + this.urlless.size;
  }

  get revisions(): number {
    let n = this.urlless.size;
    for (const v of this.versions.values()) n += v.length;
    return n;
  }

  /** Hashes of the URL-less texts. */
  urllessHashes(): Set<string> {
    return new Set([...this.urlless].map(contentHash));
  }
}
