import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, looksLikeFeed } from '../../src/ingest/feed.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Stadtanzeiger – Lokales</title><link>https://stadtanzeiger.example/</link>
<item><title>Rat &amp; Verwaltung einig</title><link>https://stadtanzeiger.example/a/1</link>
<pubDate>Tue, 03 Dec 2024 09:30:00 +0100</pubDate><description><![CDATA[<p>Kurz: der Rat stimmt zu.</p>]]></description>
<content:encoded><![CDATA[<p>Langer Text.</p>]]></content:encoded><guid isPermaLink="false">id-1</guid></item>
<item><title>Ohne Link</title><guid>https://stadtanzeiger.example/a/2</guid><dc:date>2024-12-04T08:00:00+01:00</dc:date><description>Nur Text.</description></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Courier</title>
<entry><title>Housing figures</title><link rel="alternate" href="/story/42"/><link rel="edit" href="/edit/42"/>
<id>tag:courier.example,2024:42</id><published>2024-03-05T08:00:00Z</published><updated>2024-03-06T08:00:00Z</updated>
<summary>Short.</summary><content type="html">&lt;p&gt;Full text.&lt;/p&gt;</content></entry>
</feed>`;

test('RSS 2.0 items: title, link, date, content and description', () => {
  const f = parseFeed(rss);
  assert.equal(f.title, 'Stadtanzeiger – Lokales');
  assert.equal(f.items.length, 2);
  const [a, b] = f.items;
  assert.equal(a!.title, 'Rat & Verwaltung einig');
  assert.equal(a!.link, 'https://stadtanzeiger.example/a/1');
  assert.equal(a!.publishedAt, '2024-12-03T08:30:00.000Z');
  assert.equal(a!.content, '<p>Langer Text.</p>');
  assert.equal(a!.summary, '<p>Kurz: der Rat stimmt zu.</p>');
  assert.equal(b!.link, 'https://stadtanzeiger.example/a/2', 'a permalink guid is the link');
  assert.equal(b!.publishedAt, '2024-12-04T08:00:00+01:00');
});

test('Atom entries: alternate link resolved against the feed URL', () => {
  const f = parseFeed(atom, 'https://courier.example/feed.xml');
  assert.equal(f.title, 'The Courier');
  const e = f.items[0]!;
  assert.equal(e.link, 'https://courier.example/story/42');
  assert.equal(e.publishedAt, '2024-03-05T08:00:00Z');
  assert.equal(e.content, '<p>Full text.</p>');
  assert.equal(e.summary, 'Short.');
});

test('RSS 1.0 (RDF) items', () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>RDF News</title></channel><item><title>Eins</title><link>https://rdf.example/1</link><description>Text</description></item></rdf:RDF>`;
  const f = parseFeed(rdf);
  assert.equal(f.title, 'RDF News');
  assert.equal(f.items[0]!.link, 'https://rdf.example/1');
});

test('not a feed: a clear error', () => {
  assert.throws(() => parseFeed('<?xml version="1.0"?><note><to>x</to></note>'), /not an RSS or Atom feed/);
  assert.throws(() => parseFeed('just text'), /not an RSS or Atom feed/);
  assert.equal(looksLikeFeed('<html><body>'), false);
  // truncated feeds still give the items that are there
  const cut = parseFeed('<rss><channel><title>T</title><item><title>A</title><link>https://t.example/a</link></item><item><title>B');
  assert.equal(cut.items[0]!.link, 'https://t.example/a');
});
