import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSources, documentFromText } from '../../src/ingest/read.js';
import type { IngestItem } from '../../src/ingest/types.js';
import { articlePage, ENGLISH_PARAGRAPHS, GERMAN_PARAGRAPHS, send, startServer, tempDir } from './helpers.js';

async function collect(sources: string[], opts: Parameters<typeof readSources>[1] = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readSources(sources, opts)) out.push(item);
  return out;
}

const GERMAN = GERMAN_PARAGRAPHS.join('\n');
const ENGLISH = ENGLISH_PARAGRAPHS.join('\n');

let srv: Awaited<ReturnType<typeof startServer>>;
before(async () => {
  const page = (title: string, paragraphs: string[], extra: Partial<Parameters<typeof articlePage>[0]> = {}): string =>
    articlePage({ title, paragraphs, site: 'Stadtanzeiger', published: '2024-12-03T09:00:00+01:00', ...extra });
  const latin1 = Buffer.from(page('Größere Zahlen', GERMAN_PARAGRAPHS).replace('charset="utf-8"', 'charset="iso-8859-1"'), 'latin1');
  srv = await startServer({
    '/a/1': send(page('Rat meldet Wohnungsmangel', GERMAN_PARAGRAPHS, { canonical: '/a/1' }), 'text/html; charset=utf-8'),
    '/a/latin1': send(latin1, 'text/html'),
    '/a/english': send(page('Council counts missing homes', ENGLISH_PARAGRAPHS, { lang: 'en', site: 'Courier' }), 'text/html'),
    '/plain': send(GERMAN, 'text/plain; charset=utf-8'),
    '/feed.xml': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Stadtanzeiger Feed</title>
<item><title>Eins</title><link>${srv.base}/a/1</link><pubDate>Tue, 03 Dec 2024 08:00:00 GMT</pubDate><description>Kurz.</description></item>
<item><title>Kaputt</title><link>${srv.base}/missing</link><description><![CDATA[<p>${GERMAN_PARAGRAPHS[2]}</p>]]></description></item>
<item><title>Voll</title><link>${srv.base}/never-fetched</link><content:encoded><![CDATA[${ENGLISH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${ENGLISH_PARAGRAPHS[0]}</p>]]></content:encoded></item>
<item><title>Leer</title><link>${srv.base}/missing2</link></item>
</channel></rss>`);
    },
    '/articles.jsonl': send(`${JSON.stringify({ id: 'j1', text: GERMAN, outlet: 'Web' })}\n`, 'application/x-ndjson'),
  });
});
after(() => srv.close());

test('a folder: text, HTML, JSONL, recursive, sorted, hidden files and unknown extensions skipped', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'b.txt'), GERMAN);
  writeFileSync(join(dir, 'a.html'), articlePage({ title: 'Zahlen', paragraphs: GERMAN_PARAGRAPHS, site: 'Anzeiger', published: '2024-12-01' }));
  writeFileSync(join(dir, 'sub', 'c.md'), ENGLISH);
  writeFileSync(join(dir, 'sub', 'd.jsonl'), [
    JSON.stringify({ text: ENGLISH, title: 'One', url: 'https://courier.example/1', publishedAt: '2024-12-02' }),
    '',
    JSON.stringify({ html: `<p>${GERMAN_PARAGRAPHS[0]}</p><p>${GERMAN_PARAGRAPHS[1]}</p>`, id: 'given-id', outlet: 'X' }),
    '{ not json',
    JSON.stringify({ title: 'no body' }),
  ].join('\n'));
  writeFileSync(join(dir, 'notes.docx'), 'ignored');
  writeFileSync(join(dir, '.hidden.txt'), GERMAN);
  writeFileSync(join(dir, '.git', 'x.txt'), GERMAN);
  const items = await collect([dir], { outlet: 'Fallback Outlet', published: '2024-01-01' });
  assert.deepEqual(items.map((i) => i.source.slice(dir.length + 1)), ['a.html', 'b.txt', 'sub/c.md', 'sub/d.jsonl:1', 'sub/d.jsonl:3', 'sub/d.jsonl:4', 'sub/d.jsonl:5']);
  const [a, b, c, d1, d3, d4, d5] = items;
  assert.ok(a!.ok && b!.ok && c!.ok && d1!.ok && d3!.ok);
  assert.equal(a.doc.id, 'a');
  assert.equal(a.doc.outlet, 'Anzeiger', 'page metadata beats the batch default');
  assert.equal(a.doc.publishedAt, '2024-12-01');
  assert.ok(a.html?.includes('<article>'));
  assert.equal(b.doc.id, 'b');
  assert.equal(b.doc.text, GERMAN, 'text kept exactly');
  assert.equal(b.doc.outlet, 'Fallback Outlet');
  assert.equal(b.doc.publishedAt, '2024-01-01');
  assert.equal(b.doc.language, 'de');
  assert.equal(c.doc.language, 'en');
  assert.match(d1.doc.id, /^[0-9a-f]{12}$/);
  assert.equal(d1.doc.title, 'One');
  assert.equal(d1.doc.publishedAt, '2024-12-02');
  assert.equal(d3.doc.id, 'given-id');
  assert.equal(d3.doc.outlet, 'X');
  assert.ok(!d4!.ok && /not valid JSON/.test(d4.error));
  assert.ok(!d5!.ok && /no "text" or "html"/.test(d5.error));
});

test('bad files: each fails with the file named and the cause; the batch goes on', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Größere Zahlen aus der Stadt', 'latin1'));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GERMAN, 'utf16le')]));
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)]));
  writeFileSync(join(dir, 'notafeed.xml'), '<?xml version="1.0"?><note>x</note>');
  writeFileSync(join(dir, 'broken.rss'), '<rss><channel><title>x</title></channel>');
  writeFileSync(join(dir, 'good.txt'), ENGLISH);
  const items = await collect([join(dir, 'missing.txt'), dir, 'ftp://example.org/a']);
  const byName = new Map(items.map((i) => [i.source.split('/').pop()!, i]));
  const err = (name: string): string => {
    const i = byName.get(name);
    assert.ok(i && !i.ok, `${name} should fail`);
    return i.error;
  };
  assert.match(err('missing.txt'), /no such file/);
  assert.match(err('binary.txt'), /binary data/);
  assert.match(err('empty.txt'), /empty file/);
  assert.match(err('blank.txt'), /empty article/);
  assert.match(err('latin1.txt'), /invalid UTF-8/);
  assert.match(err('notafeed.xml'), /not an RSS or Atom feed/);
  assert.match(err('broken.rss'), /no items/);
  assert.match(err('a'), /refused URL scheme "ftp:"/);
  const utf16 = byName.get('utf16.txt');
  assert.ok(utf16?.ok && utf16.doc.text === GERMAN);
  const bom = byName.get('bom.txt');
  assert.ok(bom?.ok && bom.doc.text === GERMAN, 'a leading BOM is stripped, nothing else changes');
  assert.ok(byName.get('good.txt')?.ok);
});

test('huge files are refused with the cap named', async () => {
  const dir = tempDir();
  const big = join(dir, 'big.txt');
  writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
  const [item] = await collect([big]);
  assert.ok(item && !item.ok && /larger than 10 MB/.test(item.error));
});

test('files with the same name in different folders get distinct ids', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'x'));
  mkdirSync(join(dir, 'y'));
  writeFileSync(join(dir, 'x', '001.txt'), GERMAN);
  writeFileSync(join(dir, 'y', '001.txt'), ENGLISH);
  const ids = (await collect([dir])).map((i) => (i.ok ? i.doc.id : i.error));
  assert.equal(ids[0], '001');
  assert.match(ids[1]!, /^001-[0-9a-f]{6}$/);
});

test('URLs: HTML with metadata, charset from <meta>, plain text, JSONL; refused without allowPrivate', async () => {
  const items = await collect([`${srv.base}/a/1`, `${srv.base}/a/latin1`, `${srv.base}/a/english`, `${srv.base}/plain`, `${srv.base}/articles.jsonl`], { allowPrivate: true });
  const [page, latin1, english, plain, jsonl] = items;
  assert.ok(page?.ok && latin1?.ok && english?.ok && plain?.ok && jsonl?.ok);
  assert.equal(page.doc.title, 'Rat meldet Wohnungsmangel');
  assert.equal(page.doc.url, `${srv.base}/a/1`);
  assert.equal(page.doc.outlet, 'Stadtanzeiger');
  assert.equal(page.doc.publishedAt, '2024-12-03T09:00:00+01:00');
  assert.equal(page.doc.language, 'de');
  assert.ok(page.html?.includes('<article>'));
  assert.match(latin1.doc.text, /^Größere Zahlen\n/);
  assert.equal(english.doc.language, 'en');
  assert.equal(plain.doc.text, GERMAN);
  assert.equal(plain.doc.url, `${srv.base}/plain`);
  assert.equal(jsonl.doc.id, 'j1');
  const refused = await collect([`${srv.base}/a/1`]);
  assert.ok(refused[0] && !refused[0].ok && /refused address 127\.0\.0\.1 \(loopback\)/.test(refused[0].error));
});

test('feeds: items fetched; fallback to the description; full content used as is; failures named', async () => {
  const items = await collect([`${srv.base}/feed.xml`], { allowPrivate: true });
  assert.equal(items.length, 4);
  const [fetched, fallback, full, empty] = items;
  assert.ok(fetched?.ok && fallback?.ok && full?.ok);
  assert.equal(fetched.doc.title, 'Rat meldet Wohnungsmangel', 'the fetched page');
  assert.equal(fetched.doc.outlet, 'Stadtanzeiger');
  assert.equal(fallback.source, `${srv.base}/missing`);
  assert.equal(fallback.doc.text.slice(fallback.doc.bodyStart), GERMAN_PARAGRAPHS[2]);
  assert.equal(fallback.doc.title, 'Kaputt');
  assert.equal(fallback.doc.outlet, 'Stadtanzeiger Feed');
  assert.equal(full.doc.url, `${srv.base}/never-fetched`);
  assert.equal(full.doc.language, 'en');
  assert.ok(empty && !empty.ok && /HTTP 404/.test(empty.error) && empty.source === `${srv.base}/missing2`);
});

test('documentFromText keeps the text exactly and detects the language', () => {
  const text = `  ${GERMAN}\n\n`;
  const doc = documentFromText(text, { id: 'x', outlet: 'O' });
  assert.equal(doc.text, text);
  assert.equal(doc.id, 'x');
  assert.equal(doc.language, 'de');
  assert.equal(documentFromText(ENGLISH, { language: 'de' }).language, 'de', 'given metadata wins over detection');
  assert.equal(documentFromText('\ufeff' + ENGLISH).text, ENGLISH);
  assert.throws(() => documentFromText(' \n '), /empty article/);
});

test('a text file header (title/outlet/url/published) fills the metadata; the body starts after it', async () => {
  const dir = tempDir();
  const header = 'title: Rat meldet Zahlen\noutlet: Stadtanzeiger\nurl: https://stadtanzeiger.example/a/9\npublished: 2024-12-03\n\n';
  writeFileSync(join(dir, 'with-header.txt'), header + GERMAN);
  const [item] = await collect([join(dir, 'with-header.txt')], { outlet: 'Default', published: '2000-01-01' });
  assert.ok(item?.ok);
  assert.equal(item.doc.id, 'with-header');
  assert.equal(item.doc.title, 'Rat meldet Zahlen');
  assert.equal(item.doc.outlet, 'Stadtanzeiger');
  assert.equal(item.doc.publishedAt, '2024-12-03');
  assert.equal(item.doc.text, header + GERMAN, 'the header stays in the text; offsets are into the whole file');
  assert.equal(item.doc.text.slice(item.doc.bodyStart).trim(), GERMAN);
  assert.equal(item.doc.language, 'de', 'detected on the body');
});
