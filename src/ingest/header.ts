import type { DocumentMeta } from '../core/document.js';

/**
 * The metadata header of a text file: either `key: value` lines at the very top (title, outlet, url,
 * published, language) ended by a blank line, or YAML front matter between `---` lines. The body starts after
 * the header; offsets stay relative to the whole text (the header is not cut off), so `bodyStart` is returned.
 * A text without a header has bodyStart 0 and empty meta.
 */
export interface ParsedHeader {
  meta: Partial<DocumentMeta>;
  bodyStart: number;
}

const KEYS: Record<string, keyof DocumentMeta> = {
  title: 'title',
  titel: 'title',
  outlet: 'outlet',
  source: 'outlet',
  quelle: 'outlet',
  url: 'url',
  link: 'url',
  published: 'publishedAt',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  date: 'publishedAt',
  datum: 'publishedAt',
  language: 'language',
  lang: 'language',
  sprache: 'language',
};

const LINE = /^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$/u;

export function parseHeader(text: string): ParsedHeader {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('---', start) && /^---[ \t]*\r?\n/u.test(text.slice(start, start + 6))) return frontMatter(text, start);
  return keyLines(text, start);
}

function frontMatter(text: string, start: number): ParsedHeader {
  const meta: Partial<DocumentMeta> = {};
  let pos = text.indexOf('\n', start) + 1;
  while (pos > 0 && pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end).replace(/\r$/u, '');
    if (/^---[ \t]*$/u.test(line) || /^\.\.\.[ \t]*$/u.test(line)) return { meta, bodyStart: nl < 0 ? text.length : nl + 1 };
    setKey(meta, line);
    pos = end + 1;
  }
  // no closing line: not front matter
  return { meta: {}, bodyStart: 0 };
}

function keyLines(text: string, start: number): ParsedHeader {
  const meta: Partial<DocumentMeta> = {};
  let pos = start;
  let found = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end).replace(/\r$/u, '');
    if (line.trim() === '') {
      // the blank line ends the header
      return found ? { meta, bodyStart: nl < 0 ? text.length : nl + 1 } : { meta: {}, bodyStart: 0 };
    }
    if (!setKey(meta, line)) return { meta: {}, bodyStart: 0 };
    found++;
    pos = end + 1;
  }
  return found ? { meta, bodyStart: text.length } : { meta: {}, bodyStart: 0 };
}

function setKey(meta: Partial<DocumentMeta>, line: string): boolean {
  const m = LINE.exec(line);
  if (!m) return false;
  const key = KEYS[m[1]!.toLowerCase()];
  if (!key) return false;
  let value = m[2]!;
  if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1);
  if (key !== 'id') (meta as Record<string, string | null>)[key] = value === '' ? null : value;
  return true;
}
