import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtmlArticle } from '../../src/ingest/html.js';
import { documentFromHtml } from '../../src/ingest/read.js';
import { articlePage, GERMAN_PARAGRAPHS, ENGLISH_PARAGRAPHS } from './helpers.js';

test('metadata from Open Graph and article meta tags; text one paragraph per line without navigation', () => {
  const html = articlePage({ title: 'Neue Zahlen zur Wohnungsnot', paragraphs: GERMAN_PARAGRAPHS, site: 'Stadtanzeiger', published: '2024-11-19T10:00:00+01:00', canonical: 'https://stadtanzeiger.example/wohnen/1?utm_source=x' });
  const a = extractHtmlArticle(html);
  assert.equal(a.title, 'Neue Zahlen zur Wohnungsnot'); // " | Stadtanzeiger" dropped
  assert.equal(a.outlet, 'Stadtanzeiger');
  assert.equal(a.publishedAt, '2024-11-19T10:00:00+01:00');
  assert.equal(a.url, 'https://stadtanzeiger.example/wohnen/1?utm_source=x');
  assert.equal(a.lang, 'de');
  assert.deepEqual(a.body.split('\n'), GERMAN_PARAGRAPHS);
  assert.doesNotMatch(a.body, /Impressum|Politik/);
});

test('metadata from JSON-LD (NewsArticle in @graph), relative canonical URL resolved', () => {
  const html = `<html><head><title>Ignored</title><link rel="canonical" href="/story/42">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Housing figures","datePublished":"2024-03-05T08:00:00Z","publisher":{"@type":"Organization","name":"The Courier"}}]}</script>
<script type="application/ld+json">{ broken json</script></head><body><article>${ENGLISH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const a = extractHtmlArticle(html, 'https://courier.example/a/b');
  assert.equal(a.title, 'Housing figures');
  assert.equal(a.outlet, 'The Courier');
  assert.equal(a.publishedAt, '2024-03-05T08:00:00Z');
  assert.equal(a.url, 'https://courier.example/story/42');
});

test('a <time datetime> is used when there is no meta date; RFC dates become ISO', () => {
  const html = `<html><body><article><p>Am Dienstag <time datetime="2024-12-03">3. Dezember</time> tagte der Rat.</p><p>${GERMAN_PARAGRAPHS[0]}</p></article></body></html>`;
  assert.equal(extractHtmlArticle(html).publishedAt, '2024-12-03');
  const rfc = `<html><head><meta name="date" content="Tue, 03 Dec 2024 10:00:00 GMT"></head><body><p>${GERMAN_PARAGRAPHS[1]}</p></body></html>`;
  assert.equal(extractHtmlArticle(rfc).publishedAt, '2024-12-03T10:00:00.000Z');
});

test('documentFromHtml: title as first line, bodyStart after it, language detected, caller metadata wins', () => {
  const html = articlePage({ title: 'City counts missing homes', paragraphs: ENGLISH_PARAGRAPHS, site: 'Courier', lang: 'de' });
  const doc = documentFromHtml(html, { outlet: 'Given Outlet' });
  assert.equal(doc.text.slice(0, doc.bodyStart), 'City counts missing homes\n');
  assert.equal(doc.text.slice(doc.bodyStart), ENGLISH_PARAGRAPHS.join('\n'));
  assert.equal(doc.language, 'en'); // detected, although the page claims lang="de"
  assert.equal(doc.outlet, 'Given Outlet');
  assert.match(doc.id, /^[0-9a-f]{12}$/);
  assert.equal(documentFromHtml(html).id, doc.id, 'the id is stable');
});

test('malformed and empty HTML', () => {
  // unclosed tags still give text
  const broken = `<html><body><div><p>${GERMAN_PARAGRAPHS[0]}<p>${GERMAN_PARAGRAPHS[1]}</div`;
  assert.match(extractHtmlArticle(broken).body, /Stadtverwaltung[^]*Bürgermeister/);
  assert.throws(() => extractHtmlArticle('<html><head><title>Nur ein Titel</title></head><body><nav>Menü</nav></body></html>'), /no article text/);
  assert.throws(() => documentFromHtml('<html><body><script>var x = 1;</script></body></html>'), /no article text/);
});
