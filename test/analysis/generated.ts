/**
 * A generator of synthetic articles for scale tests and benchmarks: `events` events, each with its own
 * vocabulary, place and figures, reported by several articles that mix event words with background words
 * drawn from a shared Zipf-like vocabulary. Deterministic for a seed. Articles are plain generated tokens
 * ("wrd123"), so they test the indexes, not the language engine.
 */
import { makeDocument, type Document } from '../../src/core/document.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedDoc {
  doc: Document;
  event: number;
}

export function* generateArticles(n: number, opts: { perEvent?: number; seed?: number } = {}): Generator<GeneratedDoc> {
  const perEvent = opts.perEvent ?? 8;
  const r = rng(opts.seed ?? 42);
  const background = 20_000;
  const zipf = () => Math.floor(Math.pow(r(), 2.5) * background);
  const start = Date.parse('2024-01-01T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const event = Math.floor(i / perEvent);
    const er = rng(event * 7919 + 1);
    const eventWords = Array.from({ length: 30 }, () => `evt${event}x${Math.floor(er() * 1e6)}`);
    const figures = [Math.floor(er() * 900 + 100), Math.floor(er() * 9000 + 1000)];
    const place = `Ort${event}`;
    const parts: string[] = [];
    for (let s = 0; s < 12; s++) {
      const words: string[] = [];
      for (let w = 0; w < 10; w++) words.push(r() < 0.35 ? eventWords[Math.floor(r() * eventWords.length)]! : `wrd${zipf()}`);
      if (s % 4 === 0) words.push(`in ${place}`, String(figures[s % 2]));
      parts.push(words.join(' ') + '.');
    }
    const t = new Date(start + event * 3_600_000 * 6 + Math.floor(r() * 3_600_000 * 12)).toISOString();
    yield { doc: makeDocument(parts.join(' '), { id: `g${i}`, language: 'de', publishedAt: t }), event };
  }
}
