/**
 * Reading inputs into Documents: files, folders (recursive), http(s) URLs, RSS/Atom feeds and JSONL. One item per
 * article, in input order; an input that cannot be read yields an item with ok: false naming the input and the
 * cause, and the batch goes on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../core/document.js';
import type { IngestItem, IngestKind, ReadOptions } from './types.js';
import { IngestError, errorCause } from './errors.js';
import { charsetFromContentType, decodeBytes, sniffDeclaredCharset } from './decode.js';
import { documentFromHtml, documentFromText, type MetaInput } from './document.js';
import { fetchBytes, formatBytes } from './fetch.js';
import { parseFeed, type Feed } from './feed.js';
import { parseJsonlLine } from './jsonl.js';
import { fileDocumentId, shortHash } from './id.js';
import { FOLDER_EXTENSIONS, kindFromContent, kindFromContentType, kindFromExtension } from './sniff.js';
import { MAX_ARTICLE_BYTES, MAX_BATCH_FILE_BYTES, MAX_FEED_ITEMS } from './limits.js';
import { extname } from 'node:path';

export { documentFromText, documentFromHtml } from './document.js';

/** Feed content at least this long (in characters of text) is taken as the full article instead of fetching. */
const FULL_CONTENT_CHARS = 600;

interface Ctx {
  opts: ReadOptions;
  defaults: MetaInput;
  usedIds: Set<string>;
}

/** Reads every source (file, folder, URL, feed, JSONL) into documents; see the module comment. */
export async function* readSources(sources: string[], opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const ctx: Ctx = {
    opts,
    defaults: { outlet: opts.outlet, publishedAt: opts.published },
    usedIds: new Set(),
  };
  for (const source of sources) {
    try {
      yield* readOne(source, ctx);
    } catch (e) {
      yield fail(source, e);
    }
  }
}

function fail(source: string, e: unknown): IngestItem {
  return { ok: false, source, error: errorCause(e) };
}

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

async function* readOne(source: string, ctx: Ctx): AsyncGenerator<IngestItem> {
  if (isUrl(source)) {
    yield* readUrl(source, ctx);
    return;
  }
  if (/^[a-z][a-z0-9+.-]+:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) {
    throw new IngestError(source, `refused URL scheme "${source.slice(0, source.indexOf(':') + 1)}" (only http and https are fetched)`);
  }
  let st;
  try {
    st = await stat(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IngestError(source, code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : errorCause(e));
  }
  if (st.isDirectory()) {
    let any = false;
    for await (const file of walk(source)) {
      any = true;
      try {
        yield* readPath(file, ctx, false);
      } catch (e) {
        yield fail(file, e);
      }
    }
    if (!any) throw new IngestError(source, `folder has no readable files (${[...FOLDER_EXTENSIONS].join(' ')})`);
    return;
  }
  if (!st.isFile()) throw new IngestError(source, 'not a regular file');
  yield* readPath(source, ctx, true);
}

/** Files under `dir` with a known extension, sorted, depth first; hidden entries skipped, symlinked folders not followed. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if ((e.isFile() || e.isSymbolicLink()) && FOLDER_EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
  }
}

/** A unique id for a file-derived document: the file name, or the name plus a path hash on a clash in this batch. */
function fileId(path: string, ctx: Ctx): string {
  let id = fileDocumentId(path);
  if (ctx.usedIds.has(id)) id = `${id}-${shortHash(path).slice(0, 6)}`;
  ctx.usedIds.add(id);
  return id;
}

async function* readPath(path: string, ctx: Ctx, explicit: boolean): AsyncGenerator<IngestItem> {
  let kind: IngestKind | null = kindFromExtension(path);
  const st = await stat(path);
  if (st.size === 0) throw new IngestError(path, 'empty file');
  if (kind === 'jsonl') {
    if (st.size > MAX_BATCH_FILE_BYTES) throw new IngestError(path, `file larger than ${formatBytes(MAX_BATCH_FILE_BYTES)}`);
    yield* jsonlItems(jsonlLinesFromFile(path), path, ctx);
    return;
  }
  const cap = kind === 'feed' || kind === null ? MAX_BATCH_FILE_BYTES : MAX_ARTICLE_BYTES;
  if (st.size > cap) throw new IngestError(path, `file larger than ${formatBytes(cap)} (the cap per article)`);
  const bytes = new Uint8Array(await readFile(path));
  const charset = kind === 'text' ? null : sniffDeclaredCharset(bytes);
  const text = decodeBytes(bytes, path, { charset });
  if (kind === null) kind = kindFromContent(text);
  if (kind === 'feed' && !explicit && kindFromContent(text) !== 'feed' && extname(path).toLowerCase() === '.xml') {
    throw new IngestError(path, 'XML file is not an RSS or Atom feed');
  }
  switch (kind) {
    case 'html':
      if (text.length > MAX_ARTICLE_BYTES) throw new IngestError(path, `article larger than ${formatBytes(MAX_ARTICLE_BYTES)}`);
      yield ok(path, wrap(path, () => documentFromHtml(text, { id: fileId(path, ctx) }, ctx.defaults)), text);
      return;
    case 'feed':
      yield* feedItems(wrap(path, () => parseFeed(text)), path, ctx);
      return;
    case 'jsonl':
      yield* jsonlItems(linesOf(text), path, ctx);
      return;
    default:
      if (text.length > MAX_ARTICLE_BYTES) throw new IngestError(path, `article larger than ${formatBytes(MAX_ARTICLE_BYTES)}`);
      yield ok(path, wrap(path, () => documentFromText(text, { id: fileId(path, ctx) }, ctx.defaults)));
  }
}

function ok(source: string, doc: Document, html?: string): IngestItem {
  return html === undefined ? { ok: true, source, doc } : { ok: true, source, doc, html };
}

/** Runs `f`, turning a plain Error into an IngestError that names `source`. */
function wrap<T>(source: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof IngestError ? e : new IngestError(source, errorCause(e));
  }
}

async function* readUrl(url: string, ctx: Ctx): AsyncGenerator<IngestItem> {
  const res = await fetchBytes(url, { allowPrivate: ctx.opts.allowPrivate, fetch: ctx.opts.fetch });
  const charset = charsetFromContentType(res.contentType) ?? sniffDeclaredCharset(res.bytes);
  const text = decodeBytes(res.bytes, url, { charset, fallback: 'windows-1252' });
  const declared = kindFromContentType(res.contentType);
  const kind = declared ?? kindFromContent(text);
  const defaults: MetaInput = { ...ctx.defaults, url: res.url };
  switch (kind) {
    case 'html':
      yield ok(url, wrap(url, () => documentFromHtml(text, {}, defaults)), text);
      return;
    case 'feed':
      yield* feedItems(wrap(url, () => parseFeed(text, res.url)), url, ctx);
      return;
    case 'jsonl':
      yield* jsonlItems(linesOf(text), url, ctx);
      return;
    default:
      yield ok(url, wrap(url, () => documentFromText(text, {}, defaults)));
  }
}

/**
 * One document per feed item: the item's own content when it carries the full article, else the linked page,
 * falling back to the item's content or summary when the page cannot be fetched or read.
 */
async function* feedItems(feed: Feed, source: string, ctx: Ctx): AsyncGenerator<IngestItem> {
  if (feed.items.length === 0) throw new IngestError(source, 'feed has no items');
  const items = feed.items.slice(0, MAX_FEED_ITEMS);
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const itemSource = item.link ?? `${source}#item-${k + 1}`;
    const defaults: MetaInput = {
      title: item.title ?? undefined,
      url: item.link ?? undefined,
      publishedAt: item.publishedAt ?? ctx.defaults.publishedAt,
      outlet: feed.title ?? ctx.defaults.outlet,
    };
    const own = item.content ?? item.summary;
    const ownDoc = (): Document => {
      if (!own) throw new Error('item has neither content nor description');
      return /<[a-z][^>]*>/i.test(own)
        ? documentFromHtml(`<!doctype html><html><body><article>${own}</article></body></html>`, {}, defaults)
        : documentFromText(own, { title: defaults.title }, defaults);
    };
    try {
      if (item.content && plainLength(item.content) >= FULL_CONTENT_CHARS) {
        yield ok(itemSource, ownDoc());
        continue;
      }
      if (!item.link) {
        yield ok(itemSource, ownDoc());
        continue;
      }
      let fetched: IngestItem | null = null;
      let fetchError = '';
      try {
        for await (const got of readUrl(item.link, { ...ctx, defaults: { ...ctx.defaults, ...defaults } })) {
          fetched = got;
          break; // a link is one article
        }
      } catch (e) {
        fetchError = errorCause(e);
      }
      if (fetched?.ok) {
        yield fetched;
      } else if (own) {
        yield ok(itemSource, ownDoc());
      } else {
        yield { ok: false, source: itemSource, error: fetchError || (fetched && !fetched.ok ? fetched.error : 'no article at the link') };
      }
    } catch (e) {
      yield fail(itemSource, e);
    }
  }
  if (feed.items.length > MAX_FEED_ITEMS) {
    yield { ok: false, source, error: `feed has ${feed.items.length} items; only the first ${MAX_FEED_ITEMS} were read` };
  }
}

function plainLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().length;
}

async function* jsonlItems(lines: AsyncIterable<{ line: string | null; no: number; error?: string }> | Iterable<{ line: string | null; no: number; error?: string }>, source: string, ctx: Ctx): AsyncGenerator<IngestItem> {
  let any = false;
  for await (const { line, no, error } of lines) {
    const where = `${source}:${no}`;
    if (error) {
      yield { ok: false, source: where, error };
      continue;
    }
    if (line === null || line.trim() === '') continue;
    any = true;
    try {
      const rec = parseJsonlLine(line);
      const meta: MetaInput = {
        id: rec.id, title: rec.title, outlet: rec.outlet, url: rec.url, publishedAt: rec.publishedAt, language: rec.language,
      };
      if (rec.html !== undefined) yield ok(where, documentFromHtml(rec.html, meta, ctx.defaults), rec.html);
      else yield ok(where, documentFromText(rec.text ?? '', meta, ctx.defaults));
    } catch (e) {
      yield fail(where, e);
    }
  }
  if (!any) throw new IngestError(source, 'no articles (empty JSONL)');
}

function* linesOf(text: string): Generator<{ line: string; no: number }> {
  let no = 0;
  for (const line of text.split('\n')) {
    no++;
    yield { line: line.endsWith('\r') ? line.slice(0, -1) : line, no };
  }
}

/**
 * Lines of a JSONL file, streamed: each line is decoded strictly as UTF-8 on its own, and a line longer than the
 * article cap is reported and skipped without being held in memory.
 */
async function* jsonlLinesFromFile(path: string): AsyncGenerator<{ line: string | null; no: number; error?: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let oversize = false;
  let no = 0;
  const finish = (): { line: string | null; no: number; error?: string } => {
    no++;
    const buf = Buffer.concat(pending, pendingLength);
    pending = [];
    pendingLength = 0;
    if (oversize) {
      oversize = false;
      return { line: null, no, error: `line larger than ${formatBytes(MAX_ARTICLE_BYTES)} (the cap per article)` };
    }
    try {
      let line = decoder.decode(buf);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (no === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (line.includes('\u0000')) return { line: null, no, error: 'binary data (NUL bytes), not text' };
      return { line, no };
    } catch {
      return { line: null, no, error: 'invalid UTF-8' };
    }
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl < 0 ? chunk.length : nl;
      if (!oversize) {
        pending.push(chunk.subarray(start, end));
        pendingLength += end - start;
        if (pendingLength > MAX_ARTICLE_BYTES) {
          oversize = true;
          pending = [];
          pendingLength = 0;
        }
      }
      if (nl < 0) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (pendingLength > 0 || oversize) yield finish();
}
