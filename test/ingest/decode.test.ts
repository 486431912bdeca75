import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, sniffDeclaredCharset, charsetFromContentType, looksBinary } from '../../src/ingest/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('UTF-8 is decoded unchanged; a leading BOM is removed and nothing else', () => {
  const text = 'Über 1.000 Menschen\r\n  flohen „sofort“.\n';
  assert.equal(decodeBytes(utf8(text), 'a.txt'), text);
  assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'a.txt'), text);
  // a BOM in the middle is content
  assert.equal(decodeBytes(utf8('a\ufeffb'), 'a.txt'), 'a\ufeffb');
});

test('UTF-16 with a BOM is decoded', () => {
  const s = 'Kiew – Größe';
  const le = new Uint8Array(2 + s.length * 2);
  le[0] = 0xff; le[1] = 0xfe;
  const be = new Uint8Array(2 + s.length * 2);
  be[0] = 0xfe; be[1] = 0xff;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    le[2 + 2 * i] = c & 255; le[3 + 2 * i] = c >> 8;
    be[2 + 2 * i] = c >> 8; be[3 + 2 * i] = c & 255;
  }
  assert.equal(decodeBytes(le, 'le.txt'), s);
  assert.equal(decodeBytes(be, 'be.txt'), s);
});

test('invalid UTF-8 is an error naming the input, unless a fallback or charset is given', () => {
  const latin1 = new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]); // "Größe" in ISO-8859-1
  assert.throws(() => decodeBytes(latin1, 'alt.txt'), /alt\.txt: invalid UTF-8/);
  assert.equal(decodeBytes(latin1, 'alt.txt', { charset: 'iso-8859-1' }), 'Größe');
  assert.equal(decodeBytes(latin1, 'page', { fallback: 'windows-1252' }), 'Größe');
  // windows-1252 differs from Latin-1 in 0x80–0x9f: the euro sign and typographic quotes
  assert.equal(decodeBytes(new Uint8Array([0x80, 0x20, 0x84, 0x61, 0x93]), 'p', { charset: 'windows-1252' }), '€ „a“');
});

test('binary and empty input are errors', () => {
  assert.throws(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'x.png.txt'), /x\.png\.txt: binary data/);
  assert.throws(() => decodeBytes(new Uint8Array(), 'empty.txt'), /empty\.txt: empty input/);
  assert.throws(() => decodeBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 65]), 'ctl.txt'), /binary/);
  assert.equal(looksBinary(utf8('normal text\twith tabs\n')), false);
  assert.throws(() => decodeBytes(utf8('x'), 'u', { charset: 'no-such-charset' }), /unknown character encoding/);
});

test('declared charsets are found in headers, meta tags and XML declarations', () => {
  assert.equal(charsetFromContentType('text/html; charset=ISO-8859-1'), 'ISO-8859-1');
  assert.equal(charsetFromContentType('text/html; charset="utf-8"'), 'utf-8');
  assert.equal(charsetFromContentType('text/html'), null);
  assert.equal(sniffDeclaredCharset(utf8('<html><head><meta charset="windows-1252"><title>')), 'windows-1252');
  assert.equal(sniffDeclaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">')), 'iso-8859-15');
  assert.equal(sniffDeclaredCharset(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><rss>')), 'ISO-8859-1');
  assert.equal(sniffDeclaredCharset(utf8('<html><p>kein Hinweis</p>')), null);
});
