import { extname } from 'node:path';
import type { IngestKind } from './types.js';
import { looksLikeFeed } from './feed.js';

/** File extensions picked up when walking a folder. */
export const FOLDER_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);

/** What a file holds, by its extension; null when the extension says nothing. */
export function kindFromExtension(path: string): IngestKind | null {
  switch (extname(path).toLowerCase()) {
    case '.txt': case '.md': case '.text': return 'text';
    case '.html': case '.htm': case '.xhtml': return 'html';
    case '.jsonl': case '.ndjson': return 'jsonl';
    case '.rss': case '.atom': return 'feed';
    case '.xml': return 'feed'; // checked again by content: an XML file that is not a feed is refused
    default: return null;
  }
}

/** What a text holds, by its beginning. */
export function kindFromContent(text: string): IngestKind {
  const head = text.slice(0, 2048).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*<(rss|rdf:RDF|feed)[\s>]/i.test(head) || (head.startsWith('<?xml') && looksLikeFeed(head))) return 'feed';
  if (/^(<!--[^]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<meta[\s>])/i.test(head)) return 'html';
  if (head.startsWith('{') && isJsonLine(head)) return 'jsonl';
  return 'text';
}

/** What an HTTP response holds, by its Content-Type; null when generic (then the body decides). */
export function kindFromContentType(contentType: string | null): IngestKind | null {
  if (!contentType) return null;
  const t = contentType.split(';')[0]!.trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/rss+xml' || t === 'application/atom+xml' || t === 'application/rdf+xml') return 'feed';
  if (t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/x-jsonlines' || t === 'application/json') return 'jsonl';
  return null; // text/plain, text/xml, application/xml: sniff
}

function isJsonLine(head: string): boolean {
  const nl = head.indexOf('\n');
  const first = nl >= 0 ? head.slice(0, nl) : head;
  try {
    const v = JSON.parse(first);
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
}
