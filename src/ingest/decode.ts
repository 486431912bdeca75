import { IngestError } from './errors.js';

/**
 * Bytes to text without changing anything but the encoding: a leading BOM is removed (it is not part of the
 * article), nothing else is touched, so that offsets into the text stay meaningful.
 *
 * - UTF-8 BOM → stripped; UTF-16 LE/BE BOM → decoded as UTF-16;
 * - a declared charset (HTTP header, <meta charset>, XML declaration) is honoured via TextDecoder
 *   (windows-1252, iso-8859-1, ...);
 * - otherwise UTF-8, strictly: invalid UTF-8 is an error naming the input, unless `fallback` is given
 *   (web pages without a declaration fall back to windows-1252, as browsers do);
 * - binary data (NUL bytes, or mostly control characters) is an error.
 */
export function decodeBytes(bytes: Uint8Array, source: string, opts: { charset?: string | null; fallback?: string } = {}): string {
  if (bytes.length === 0) throw new IngestError(source, 'empty input');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), source);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), source);
  let body = bytes;
  let label = normaliseCharset(opts.charset);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    label = 'utf-8'; // the BOM wins over a declaration, as in the HTML standard
  }
  if (looksBinary(body)) throw new IngestError(source, 'binary data (NUL or control bytes), not text');
  if (label && label !== 'utf-8') return decodeWith(label, body, source);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (opts.fallback) return decodeWith(opts.fallback, body, source);
    throw new IngestError(source, 'invalid UTF-8 (save the file as UTF-8, or as UTF-16 with a BOM)');
  }
}

/**
 * WHATWG maps latin1, iso-8859-1, ascii and windows-1252 to windows-1252. Node 20's TextDecoder decodes those labels
 * as plain ISO-8859-1 (0x80–0x9f become C1 controls instead of € „ “ …), so they are decoded here.
 */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso88591', 'iso-ir-100',
  'ascii', 'us-ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'csisolatin1', 'iso_8859-1:1987',
]);
// 0x80–0x9f in windows-1252; 0 marks the five undefined bytes, which stay as their C1 code points.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let k = i; k < end; k++) {
      const b = bytes[k]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decodeWith(label: string, bytes: Uint8Array, source: string): string {
  if (WINDOWS_1252_LABELS.has(label.toLowerCase())) {
    const text = decodeWindows1252(bytes);
    if (text.includes('\u0000')) throw new IngestError(source, 'binary data (NUL characters), not text');
    return text;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { ignoreBOM: true });
  } catch {
    throw new IngestError(source, `unknown character encoding "${label}"`);
  }
  const text = decoder.decode(bytes);
  if (text.includes('\u0000')) throw new IngestError(source, 'binary data (NUL characters), not text');
  return text;
}

/** "UTF8", "latin1", " utf-8 " → a TextDecoder label; null when absent. */
export function normaliseCharset(charset: string | null | undefined): string | null {
  if (!charset) return null;
  const c = charset.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (c === '') return null;
  if (c === 'utf8' || c === 'utf-8') return 'utf-8';
  return c;
}

/** NUL bytes, or more than 10% control bytes (other than tab, LF, CR, FF, ESC) in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The charset declared inside a document's first 2 KB: <meta charset>, http-equiv, or an XML declaration. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  return null;
}

/** The charset parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2]! : null;
}
