/** Checking request bodies: clear 400 messages naming the field and the problem. */
import type { ArticleInput } from './ingest.js';

export class BadRequest extends Error {}

/** Parse a JSON body, turning a syntax error into a message that says where. */
export function parseJson(body: string): unknown {
  if (body.trim() === '') throw new BadRequest('empty request body: send a JSON object');
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new BadRequest(`malformed JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const STRING_FIELDS = ['text', 'html', 'url', 'outlet', 'title', 'publishedAt', 'language'] as const;
const MAX_TEXT = 2_000_000;

/** A valid ISO-like date or date-time, as accepted for publishedAt. */
export function isDateLike(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T')));
}

export function articleInput(v: unknown, where = 'body'): ArticleInput {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new BadRequest(`${where}: expected a JSON object with "text", "html" or "url"`);
  const o = v as Record<string, unknown>;
  const out: ArticleInput = {};
  for (const f of STRING_FIELDS) {
    const x = o[f];
    if (x === undefined || x === null) continue;
    if (typeof x !== 'string') throw new BadRequest(`${where}: "${f}" must be a string`);
    if (x.length > MAX_TEXT) throw new BadRequest(`${where}: "${f}" is longer than ${MAX_TEXT} characters`);
    out[f] = x;
  }
  if (out.text === undefined && out.html === undefined && out.url === undefined) {
    throw new BadRequest(`${where}: give one of "text", "html" or "url"`);
  }
  if (out.text !== undefined && out.text.trim() === '') throw new BadRequest(`${where}: "text" is empty`);
  if (out.html !== undefined && out.html.trim() === '') throw new BadRequest(`${where}: "html" is empty`);
  if (out.url !== undefined) {
    let u: URL;
    try {
      u = new URL(out.url);
    } catch {
      throw new BadRequest(`${where}: "url" is not a URL: ${out.url}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new BadRequest(`${where}: "url" must be http or https`);
  }
  if (out.publishedAt !== undefined && !isDateLike(out.publishedAt)) {
    throw new BadRequest(`${where}: "publishedAt" must be an ISO date or date-time (2025-05-12 or 2025-05-12T07:40:00+02:00)`);
  }
  return out;
}

/** Web addresses from a list or a textarea: http(s) only, one per line. */
export function sourceList(v: unknown, where = 'sources'): string[] {
  const items = typeof v === 'string' ? v.split(/\r?\n/) : Array.isArray(v) ? v : null;
  if (!items) throw new BadRequest(`${where}: expected a list of URLs`);
  const out: string[] = [];
  for (const raw of items) {
    if (typeof raw !== 'string') throw new BadRequest(`${where}: every entry must be a string`);
    const s = raw.trim();
    if (!s) continue;
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      throw new BadRequest(`${where}: not a URL: ${s}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new BadRequest(`${where}: only http and https addresses: ${s}`);
    out.push(s);
  }
  if (out.length > 200) throw new BadRequest(`${where}: at most 200 addresses at once`);
  return out;
}
