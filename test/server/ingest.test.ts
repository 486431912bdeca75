/**
 * URL and feed ingestion through the real ingest layer: private targets are refused unless the app allows them;
 * allowed, a page and a feed served on loopback are fetched, read and stored.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/app.js';
import { FixtureStore } from './fixture.js';

let server: Server;
let base: string;

const page = (title: string, body: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Lokalblatt Testheim"><meta property="article:published_time" content="2025-05-20T09:00:00+02:00"></head>
<body><nav>Startseite Politik Sport</nav><article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>Impressum</footer></body></html>`;

const PAGES: Record<string, string> = {
  '/a': page('Sturm über Testheim', 'Bei einem schweren Sturm in Testheim sind nach Angaben der Polizei 3 Tote zu beklagen.\nDie Feuerwehr war die ganze Nacht über mit zahlreichen Kräften im Einsatz, viele Straßen blieben gesperrt.\nDer Bürgermeister sprach von einem der schwersten Unwetter seit Jahrzehnten in der Region.'),
  '/b': page('Aufräumen in Testheim', 'Nach dem Sturm in Testheim meldete die Polizei am Mittwoch 4 Tote.\nDie Aufräumarbeiten in den betroffenen Straßen dauern nach Angaben der Stadt noch mehrere Wochen an.\nAnwohner berichteten von umgestürzten Bäumen und abgedeckten Dächern im ganzen Ortsteil.'),
};

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lokalblatt Testheim</title><link>${base}/</link>
<item><title>Sturm über Testheim</title><link>${base}/a</link><pubDate>Tue, 20 May 2025 07:00:00 GMT</pubDate></item>
<item><title>Aufräumen in Testheim</title><link>${base}/b</link><pubDate>Wed, 21 May 2025 07:00:00 GMT</pubDate></item>
<item><title>Verschwunden</title><link>${base}/gone</link></item></channel></rss>`);
      return;
    }
    const html = PAGES[req.url ?? ''];
    if (!html) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((r) => server.close(() => r())));

const postJson = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

test('a URL on a private address is refused by default, with the reason', async () => {
  const store = new FixtureStore();
  const app = createApp({ store });
  for (const url of [`${base}/a`, 'http://10.1.2.3/x', 'http://169.254.169.254/latest/meta-data']) {
    const res = await app.request('/api/articles', postJson({ url }));
    assert.equal(res.status, 422, url);
    assert.match((await res.json() as { error: string }).error, /refused .*--allow-private/, url);
  }
  assert.equal((await store.count()).articles, 0);
});

test('with allowPrivate a page is fetched, its article text stored and its claims found', async () => {
  const store = new FixtureStore();
  const app = createApp({ store, allowPrivate: true });
  const res = await app.request('/api/articles', postJson({ url: `${base}/a`, outlet: 'Lokalblatt (override)' }));
  assert.equal(res.status, 201, await res.clone().text());
  const body = await res.json() as { id: string; text: string; title: string; outlet: string; url: string; claims: { text: string; span: { start: number; end: number } }[] };
  assert.match(body.text, /3 Tote zu beklagen/);
  assert.doesNotMatch(body.text, /Impressum|Startseite/, 'only the article text is kept');
  assert.equal(body.outlet, 'Lokalblatt (override)', 'metadata in the request wins');
  assert.equal(body.claims.length, 1);
  for (const c of body.claims) assert.equal(body.text.slice(c.span.start, c.span.end), c.text);
});

test('a feed is ingested as a background job, one result per item, failures named', async () => {
  const store = new FixtureStore();
  const app = createApp({ store, allowPrivate: true });
  const res = await app.request('/api/ingest', postJson({ sources: [`${base}/feed.xml`] }));
  assert.equal(res.status, 202);
  const { id } = await res.json() as { id: string };
  let job: { state: string; results: { ok: boolean; source: string; error?: string; title?: string }[] };
  for (;;) {
    job = await (await app.request(`/api/jobs/${id}`)).json() as typeof job;
    if (job.state === 'done') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const ok = job.results.filter((r) => r.ok);
  assert.equal(ok.length, 2, JSON.stringify(job.results));
  const failed = job.results.filter((r) => !r.ok);
  assert.equal(failed.length, 1);
  assert.match(failed[0]!.source, /\/gone$/);
  assert.equal((await store.count()).articles, 2);
});

test('uploaded files go through the real reader: header block parsed, file name as id, bad files named', async () => {
  const store = new FixtureStore();
  const app = createApp({ store });
  const form = new FormData();
  form.append('files', new File(['title: Hagel in Testheim\noutlet: Testheimer Bote\npublished: 2025-05-22\n\nDer Hagel richtete laut Polizei großen Schaden an, es gab 2 Tote.'], 'hagel.txt', { type: 'text/plain' }));
  form.append('files', new File([''], 'leer.txt', { type: 'text/plain' }));
  form.append('files', new File(['{"text": 5}\n'], 'kaputt.jsonl', { type: 'application/json' }));
  const res = await app.request('/add', { method: 'POST', body: form });
  assert.equal(res.status, 303);
  const location = res.headers.get('location')!;
  let job: { state: string; results: { ok: boolean; source: string; error?: string; articleId?: string; title?: string }[] };
  for (;;) {
    job = await (await app.request(`/api${location}`)).json() as typeof job;
    if (job.state === 'done') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const ok = job.results.filter((r) => r.ok);
  assert.equal(ok.length, 1, JSON.stringify(job.results));
  assert.equal(ok[0]!.articleId, 'hagel');
  assert.equal(ok[0]!.title, 'Hagel in Testheim');
  const stored = await store.getArticle('hagel');
  assert.equal(stored?.outlet, 'Testheimer Bote');
  assert.ok(stored!.bodyStart > 0, 'the header block is recognised');
  // the empty text file is refused by name; the broken JSONL line is reported (not thrown)
  assert.ok(job.results.some((r) => !r.ok && r.source.includes('leer.txt')), JSON.stringify(job.results));
  assert.ok(job.results.some((r) => !r.ok && r.source.includes('kaputt.jsonl')), JSON.stringify(job.results));
  const page = await (await app.request(location)).text();
  assert.match(page, /1 added, 0 revised, 0 unchanged, 2 failed/);
});
