/**
 * The engines under test, loaded on demand. Other parts of claimledger are built in parallel; a missing
 * or stubbed module is reported as unavailable (with the reason) instead of failing the whole run.
 *
 * Which build is measured: the compiled `dist/` (what `bin/claimledger` runs; `npm run bench` builds it first),
 * unless it is older than `src/` or CLAIMLEDGER_BENCH_FROM=src asks for the TypeScript sources. Sources run
 * through tsx, which wraps every function created at run time in a naming helper: measurably slower than the
 * build users run, so the figures say which one they come from (`engineBuild`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Claim } from '../src/core/claim.js';
import type { Document } from '../src/core/document.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time of the TypeScript files under a folder (what a build compiles). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function chooseBuild(): { from: 'dist' | 'src'; why: string } {
  if (process.env.CLAIMLEDGER_BENCH_FROM === 'src') return { from: 'src', why: 'CLAIMLEDGER_BENCH_FROM=src' };
  const marker = join(root, 'dist', 'version.js');
  if (!existsSync(marker)) return { from: 'src', why: 'no dist/ build (run `npm run build`)' };
  if (newest(join(root, 'src')) > statSync(marker).mtimeMs) return { from: 'src', why: 'dist/ is older than src/ (run `npm run build`)' };
  return { from: 'dist', why: 'compiled build, as bin/claimledger runs it' };
}

/** The build the engines below are loaded from, and why. */
export const engineBuild = chooseBuild();

/** URL of an engine module (path under src/ without extension) in the chosen build. */
function engine(rel: string): string {
  const file = engineBuild.from === 'dist' ? join(root, 'dist', `${rel}.js`) : join(root, 'src', `${rel}.ts`);
  return pathToFileURL(file).href;
}

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
    const mod = await import(engine('claims/extract'));
    return probe(mod.extractClaims as (doc: Document) => Claim[], (f) => f(sampleDoc()));
  });
}

export type TextExtractor = (text: string, language: string, reference: string | null) => unknown[];

/** extractQuantities over a whole text (the figure finder the claim extractor builds on). */
export function loadQuantities(): Promise<Loaded<TextExtractor>> {
  return load('src/quantity/extract.ts', async () => {
    const q = await import(engine('quantity/extract'));
    const { getPack } = await import(engine('lang/index'));
    const f: TextExtractor = (text, lang) => q.extractQuantities(text, getPack(lang));
    return probe(f, (g) => g(sampleDoc().text, 'de', null));
  });
}

/** extractTimes over a whole text. */
export function loadTimes(): Promise<Loaded<TextExtractor>> {
  return load('src/time/extract.ts', async () => {
    const t = await import(engine('time/extract'));
    const { getPack } = await import(engine('lang/index'));
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
    const a = await import(engine('analysis/analyze'));
    if (typeof a.SyndicationIndex !== 'function' || typeof a.StoryIndex !== 'function') throw new Error('StoryIndex/SyndicationIndex not exported');
    return { SyndicationIndex: a.SyndicationIndex, StoryIndex: a.StoryIndex } as Indexes;
  });
}

export function loadOpenStore(): Promise<Loaded<typeof import('../src/store/open.js').openStore>> {
  return load('src/store/open.ts', async () => (await import(engine('store/open'))).openStore as typeof import('../src/store/open.js').openStore);
}
