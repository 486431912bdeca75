/**
 * The engines under test, loaded on demand. Other parts of claimledger are built in parallel; a missing
 * or stubbed module is reported as unavailable (with the reason) instead of failing the whole run.
 */
import type { Claim } from '../src/core/claim.js';
import type { Document } from '../src/core/document.js';

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

async function load<T>(what: string, f: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return { ok: false, reason: `${what}: ${msg}` };
  }
}

/** A stub announces itself by throwing; probe with one real call. */
function probe<T>(fn: T, call: (fn: T) => unknown): T {
  call(fn);
  return fn;
}

/** Failures of an extractor on single articles: counted, first message kept; the run goes on. */
export interface Failures {
  count: number;
  first: string | null;
}

/** Wrap an extractor so one bad article does not end a benchmark; a failure yields `fallback`. */
export function guard<A extends unknown[], R>(fn: (...args: A) => R, fallback: R, failures: Failures): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (err) {
      failures.count++;
      if (failures.first === null) failures.first = err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 3).join(' | ') : String(err);
      return fallback;
    }
  };
}

const sampleDoc = (): Document => ({
  id: 'probe', language: 'de', title: null, outlet: null, url: null, publishedAt: '2024-05-02', bodyStart: 0,
  text: 'Nach Angaben der Polizei wurden am Dienstag 12 Menschen verletzt.',
});

export function loadExtractClaims(): Promise<Loaded<(doc: Document) => Claim[]>> {
  return load('src/claims/extract.ts', async () => {
    const mod = await import('../src/claims/extract.js' as string);
    return probe(mod.extractClaims as (doc: Document) => Claim[], (f) => f(sampleDoc()));
  });
}

export type TextExtractor = (text: string, language: string, reference: string | null) => unknown[];

/** extractQuantities over a whole text (the figure finder the claim extractor builds on). */
export function loadQuantities(): Promise<Loaded<TextExtractor>> {
  return load('src/quantity/extract.ts', async () => {
    const q = await import('../src/quantity/extract.js' as string);
    const { getPack } = await import('../src/lang/index.js');
    const f: TextExtractor = (text, lang) => q.extractQuantities(text, getPack(lang));
    return probe(f, (g) => g(sampleDoc().text, 'de', null));
  });
}

/** extractTimes over a whole text. */
export function loadTimes(): Promise<Loaded<TextExtractor>> {
  return load('src/time/extract.ts', async () => {
    const t = await import('../src/time/extract.js' as string);
    const { getPack } = await import('../src/lang/index.js');
    const f: TextExtractor = (text, lang, reference) => t.extractTimes(text, getPack(lang), { reference });
    return probe(f, (g) => g(sampleDoc().text, 'de', '2024-05-02'));
  });
}

export interface Indexes {
  SyndicationIndex: new () => { add(doc: Document, claims?: readonly Claim[]): unknown; groups(): string[][]; groupOf(id: string): string | null };
  StoryIndex: new () => { add(doc: Document, claims?: readonly Claim[]): string; stories(): Map<string, string[]> };
}

export function loadIndexes(): Promise<Loaded<Indexes>> {
  return load('src/analysis/analyze.ts', async () => {
    const a = await import('../src/analysis/analyze.js' as string);
    if (typeof a.SyndicationIndex !== 'function' || typeof a.StoryIndex !== 'function') throw new Error('StoryIndex/SyndicationIndex not exported');
    return { SyndicationIndex: a.SyndicationIndex, StoryIndex: a.StoryIndex } as Indexes;
  });
}

export function loadOpenStore(): Promise<Loaded<typeof import('../src/store/open.js').openStore>> {
  return load('src/store/open.ts', async () => (await import('../src/store/open.js')).openStore);
}
