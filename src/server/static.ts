/**
 * The few static files (CSS, one small script). They live in src/server/static/ and are read from there both
 * when running from src/ (tsx) and from dist/ (compiled): both files sit two folders below the repository root.
 */
import { readFileSync } from 'node:fs';

const STATIC_DIR = new URL('../../src/server/static/', import.meta.url);

const TYPES: Record<string, string> = {
  'style.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

export interface StaticFile {
  body: string;
  type: string;
}

const cache = new Map<string, StaticFile>();

/** A static file by name, or null for anything not on the list (no path traversal possible). */
export function staticFile(name: string): StaticFile | null {
  const type = TYPES[name];
  if (!type) return null;
  let f = cache.get(name);
  if (!f) {
    f = { body: readFileSync(new URL(name, STATIC_DIR), 'utf8'), type };
    cache.set(name, f);
  }
  return f;
}
