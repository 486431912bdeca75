/**
 * The bundled demo corpus (demo/): a fictional flood reported by invented outlets, loaded into an empty store
 * on first start so that a new user sees a real ledger at once. Its URLs use the reserved .example domain,
 * which is how the interface recognises and labels it as fictional (see fictional.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/types.js';
import type { IngestItem } from '../ingest/types.js';

export const DEMO_DIR = new URL('../../demo/', import.meta.url);

export interface DemoManifest {
  name: string;
  fictional: boolean;
  notice: string;
  articles: { file: string; story: string; role?: string }[];
}

export function demoManifest(): DemoManifest {
  return JSON.parse(readFileSync(new URL('manifest.json', DEMO_DIR), 'utf8')) as DemoManifest;
}

/** Paths of the demo article files, in manifest order. */
export function demoFiles(): string[] {
  return demoManifest().articles.map((a) => fileURLToPath(new URL(a.file, DEMO_DIR)));
}

export interface DemoResult {
  loaded: boolean;
  added: number;
  failed: string[];
}

/**
 * Load the demo into the store when it holds no article yet (or always with `force`).
 * `read` defaults to the ingest layer's readSources (tests may inject another reader).
 */
export async function loadDemo(store: Store, opts: { force?: boolean; read?: (paths: string[]) => AsyncIterable<IngestItem> } = {}): Promise<DemoResult> {
  if (!opts.force && (await store.count()).articles > 0) return { loaded: false, added: 0, failed: [] };
  const read = opts.read ?? (async function* (paths: string[]) {
    const { readSources } = await import('../ingest/read.js');
    yield* readSources(paths, {});
  });
  let added = 0;
  const failed: string[] = [];
  for await (const item of read(demoFiles())) {
    if (!item.ok) {
      failed.push(`${item.source}: ${item.error}`);
      continue;
    }
    const r = await store.addArticle({ doc: item.doc });
    if (r.status !== 'unchanged') added++;
  }
  return { loaded: true, added, failed };
}
