/**
 * Guarded HTTP fetching for articles and feeds: http(s) only, time-out, size cap, manual redirects with every
 * hop re-checked, content-type check, gzip/deflate/brotli, and SSRF protection. With node:http the check sits in
 * the socket's DNS lookup, so the address that is checked is the address that is connected to (no DNS
 * rebinding window). An injected `fetch` (tests, custom agents) gets the same checks, resolved before each hop.
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { IngestError } from './errors.js';
import { nonPublicReason } from './address.js';
import { FETCH_TIMEOUT_MS, MAX_FETCH_BYTES, MAX_REDIRECTS } from './limits.js';

export interface FetchOptions {
  /** allow loopback, private, link-local and CGNAT targets (local testing, intranet feeds) */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** use this fetch instead of node:http (redirects still handled here, hop by hop) */
  fetch?: typeof fetch;
}

export interface Fetched {
  /** the URL after redirects */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,application/x-ndjson;q=0.7,*/*;q=0.1';
const USER_AGENT = 'claimledger/0.1 (+https://github.com/claimledger)';

/** Content types we can read; anything else (images, PDFs, archives) is refused before its body is read. */
export function isReadableContentType(contentType: string | null): boolean {
  if (!contentType) return true; // undeclared: decided by sniffing the body
  const t = contentType.split(';')[0]!.trim().toLowerCase();
  return t.startsWith('text/') || t === 'application/xhtml+xml' || t === 'application/xml' || t === 'application/rss+xml' ||
    t === 'application/atom+xml' || t === 'application/rdf+xml' || t === 'application/json' || t === 'application/ld+json' ||
    t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/x-jsonlines';
}

/** Fetches `url` and returns the body bytes; throws IngestError naming the URL and the cause. */
export async function fetchBytes(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  const deadline = Date.now() + (opts.timeoutMs ?? FETCH_TIMEOUT_MS);
  let current = parseHttpUrl(url, url);
  for (let hop = 0; ; hop++) {
    const res = opts.fetch ? await viaFetch(current, opts, deadline, url) : await viaNode(current, opts, deadline, url);
    if (res.location !== null) {
      if (hop >= maxRedirects) throw new IngestError(url, `too many redirects (more than ${maxRedirects})`);
      current = parseHttpUrl(new URL(res.location, current).href, url);
      continue;
    }
    return { url: current.href, status: res.status, contentType: res.contentType, bytes: res.bytes };
  }
}

function parseHttpUrl(href: string, source: string): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    throw new IngestError(source, `not a valid URL: ${href}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new IngestError(source, `refused URL scheme "${u.protocol}" (only http and https are fetched)`);
  }
  if (u.username || u.password) throw new IngestError(source, 'refused URL with credentials');
  return u;
}

interface HopResult { status: number; location: string | null; contentType: string | null; bytes: Uint8Array }

/** Refuses an IP-literal host that is not public (node skips the DNS lookup for literals). */
function checkLiteral(u: URL, opts: FetchOptions, source: string): void {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !opts.allowPrivate) {
    const why = nonPublicReason(host);
    if (why) throw new IngestError(source, `refused address ${host} (${why}); use --allow-private to fetch it`);
  }
}

/** A dns.lookup replacement that refuses the host when any of its addresses is not public. */
function guardedLookup(opts: FetchOptions, source: string) {
  return (hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return callback(new IngestError(source, `cannot resolve host ${hostname} (${err.code ?? err.message})`), '', 0);
      if (!opts.allowPrivate) {
        for (const a of addresses) {
          const why = nonPublicReason(a.address);
          if (why) {
            return callback(new IngestError(source, `refused host ${hostname}: it resolves to ${a.address} (${why}); use --allow-private to fetch it`), '', 0);
          }
        }
      }
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new IngestError(source, `host ${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

function viaNode(u: URL, opts: FetchOptions, deadline: number, source: string): Promise<HopResult> {
  checkLiteral(u, opts, source);
  const maxBytes = opts.maxBytes ?? MAX_FETCH_BYTES;
  return new Promise<HopResult>((resolve, reject) => {
    const mod = u.protocol === 'https:' ? https : http;
    const remaining = Math.max(1, deadline - Date.now());
    const req = mod.request(u, {
      method: 'GET',
      headers: { accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', 'user-agent': USER_AGENT },
      lookup: guardedLookup(opts, source) as never,
    });
    const timer = setTimeout(() => req.destroy(new IngestError(source, `timed out after ${Math.round((opts.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000)} s`)), remaining);
    const fail = (e: unknown): void => {
      clearTimeout(timer);
      reject(e instanceof IngestError ? e : new IngestError(source, `request failed: ${(e as Error).message ?? e}`));
    };
    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const contentType = headerValue(res.headers['content-type']);
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        clearTimeout(timer);
        resolve({ status, location: res.headers.location, contentType, bytes: new Uint8Array() });
        return;
      }
      const problem = responseProblem(status, res.statusMessage ?? '', contentType, headerValue(res.headers['content-length']), maxBytes);
      if (problem) {
        res.resume();
        fail(new IngestError(source, problem));
        return;
      }
      let body: Readable = res;
      const enc = (headerValue(res.headers['content-encoding']) ?? '').toLowerCase();
      if (enc === 'gzip' || enc === 'x-gzip') body = res.pipe(zlib.createGunzip());
      else if (enc === 'deflate') body = res.pipe(zlib.createInflate());
      else if (enc === 'br') body = res.pipe(zlib.createBrotliDecompress());
      readCapped(body, maxBytes, source).then((bytes) => {
        clearTimeout(timer);
        resolve({ status, location: null, contentType, bytes });
      }, (e) => {
        req.destroy();
        fail(e);
      });
    });
    req.end();
  });
}

async function viaFetch(u: URL, opts: FetchOptions, deadline: number, source: string): Promise<HopResult> {
  checkLiteral(u, opts, source);
  if (!opts.allowPrivate && !isIP(u.hostname.replace(/^\[|\]$/g, ''))) await checkHostResolves(u.hostname, source);
  const maxBytes = opts.maxBytes ?? MAX_FETCH_BYTES;
  const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
  let res: Response;
  try {
    res = await opts.fetch!(u.href, { redirect: 'manual', signal, headers: { accept: ACCEPT, 'user-agent': USER_AGENT } });
  } catch (e) {
    const name = (e as Error).name;
    throw new IngestError(source, name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : `request failed: ${(e as Error).message}`);
  }
  const contentType = res.headers.get('content-type');
  const location = res.headers.get('location');
  if (res.status >= 300 && res.status < 400 && location) {
    await res.body?.cancel();
    return { status: res.status, location, contentType, bytes: new Uint8Array() };
  }
  const problem = responseProblem(res.status, res.statusText, contentType, res.headers.get('content-length'), maxBytes);
  if (problem) {
    await res.body?.cancel();
    throw new IngestError(source, problem);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new IngestError(source, `response larger than ${formatBytes(maxBytes)}`);
      }
      chunks.push(value);
    }
  }
  return { status: res.status, location: null, contentType, bytes: concat(chunks, total) };
}

function checkHostResolves(hostname: string, source: string): Promise<void> {
  return new Promise((resolve, reject) => {
    guardedLookup({}, source)(hostname, { all: true }, (err) => (err ? reject(err) : resolve()));
  });
}

function responseProblem(status: number, statusText: string, contentType: string | null, contentLength: string | null, maxBytes: number): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (!isReadableContentType(contentType)) return `unsupported content type ${contentType}`;
  if (contentLength && Number(contentLength) > maxBytes) return `response larger than ${formatBytes(maxBytes)} (Content-Length ${contentLength})`;
  return null;
}

function readCapped(stream: Readable, maxBytes: number, source: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        stream.destroy();
        reject(new IngestError(source, `response larger than ${formatBytes(maxBytes)}`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(concat(chunks, total)));
    stream.on('error', (e) => reject(new IngestError(source, `reading the response failed: ${e.message}`)));
  });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

function headerValue(v: string | string[] | undefined | null): string | null {
  if (v == null) return null;
  return Array.isArray(v) ? v[0] ?? null : v;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(0)} MB` : `${Math.ceil(n / 1024)} KB`;
}
