import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHeader } from '../../src/ingest/header.js';

test('key lines then a blank line: meta and the body offset', () => {
  const text = 'title: Verluste an der Front\noutlet: Beispielzeitung\nurl: https://example.org/a\npublished: 2024-12-17\n\nDer Text beginnt hier.';
  const h = parseHeader(text);
  assert.equal(h.meta.title, 'Verluste an der Front');
  assert.equal(h.meta.outlet, 'Beispielzeitung');
  assert.equal(h.meta.url, 'https://example.org/a');
  assert.equal(h.meta.publishedAt, '2024-12-17');
  assert.equal(text.slice(h.bodyStart), 'Der Text beginnt hier.');
});

test('YAML front matter', () => {
  const text = '---\ntitle: "Ein Titel"\npublished: 2024-01-02T10:00:00+01:00\nlanguage: de\n---\nKörper.';
  const h = parseHeader(text);
  assert.equal(h.meta.title, 'Ein Titel');
  assert.equal(h.meta.publishedAt, '2024-01-02T10:00:00+01:00');
  assert.equal(h.meta.language, 'de');
  assert.equal(text.slice(h.bodyStart), 'Körper.');
});

test('CRLF header lines', () => {
  const text = 'title: A\r\noutlet: B\r\n\r\nBody';
  const h = parseHeader(text);
  assert.equal(h.meta.title, 'A');
  assert.equal(h.meta.outlet, 'B');
  assert.equal(text.slice(h.bodyStart), 'Body');
});

test('no header: a first line that is prose, or an unknown key', () => {
  assert.deepEqual(parseHeader('Kiew: Die Lage ist ernst.\n\nMehr Text.'), { meta: {}, bodyStart: 0 });
  assert.deepEqual(parseHeader('Die Armee meldet 40 Tote.'), { meta: {}, bodyStart: 0 });
  assert.deepEqual(parseHeader('---\nunclosed: front matter\nText'), { meta: {}, bodyStart: 0 });
});
