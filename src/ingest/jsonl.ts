/** JSONL input: one article per line, {text|html, id?, title?, outlet?, url?, publishedAt?, language?}. */

export interface JsonlArticle {
  text?: string;
  html?: string;
  id?: string;
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
}

// Common spellings from scrapers and exports, mapped onto ours.
const ALIASES: Record<string, keyof JsonlArticle> = {
  text: 'text', body: 'text', content: 'text', html: 'html', id: 'id', title: 'title', headline: 'title',
  outlet: 'outlet', source: 'outlet', site: 'outlet', url: 'url', link: 'url', publishedAt: 'publishedAt',
  published_at: 'publishedAt', published: 'publishedAt', date: 'publishedAt', language: 'language', lang: 'language',
};

/** Parses one line; throws an Error with the cause (not JSON, not an object, no text or html). */
export function parseJsonlLine(line: string): JsonlArticle {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('expected a JSON object per line');
  const out: JsonlArticle = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    const key = ALIASES[k];
    if (!key || out[key] !== undefined) continue;
    if (typeof val === 'string') out[key] = val;
    else if (typeof val === 'number' && key === 'id') out[key] = String(val);
  }
  if (out.text === undefined && out.html === undefined) throw new Error('no "text" or "html" field');
  return out;
}
