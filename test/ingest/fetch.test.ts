import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fetchBytes } from '../../src/ingest/fetch.js';
import { startServer, send } from './helpers.js';

let srv: Awaited<ReturnType<typeof startServer>>;

before(async () => {
  srv = await startServer({
    '/page': send('<html><body><p>Hallo</p></body></html>', 'text/html; charset=utf-8'),
    '/hop1': (_q, res) => { res.writeHead(301, { location: '/hop2' }); res.end(); },
    '/hop2': (_q, res) => { res.writeHead(302, { location: '/page' }); res.end(); },
    '/loop': (_q, res) => { res.writeHead(302, { location: '/loop' }); res.end(); },
    '/to-file': (_q, res) => { res.writeHead(302, { location: 'file:///etc/passwd' }); res.end(); },
    '/to-metadata': (_q, res) => { res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }); res.end(); },
    '/image': send(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/big': send('x'.repeat(2048), 'text/plain'),
    '/big-chunked': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 8; i++) res.write('y'.repeat(512));
      res.end();
    },
    '/gzip': send(gzipSync(Buffer.from('Gepackter Text über Größen')), 'text/plain; charset=utf-8', 200, { 'content-encoding': 'gzip' }),
    '/silent': () => { /* never answers */ },
    '/gone': send('weg', 'text/plain', 410),
  });
});
after(() => srv.close());

test('fetches a page from a local server when private targets are allowed', async () => {
  const r = await fetchBytes(`${srv.base}/page`, { allowPrivate: true });
  assert.equal(r.status, 200);
  assert.match(r.contentType ?? '', /text\/html/);
  assert.match(new TextDecoder().decode(r.bytes), /Hallo/);
});

test('refuses loopback without allowPrivate, with a clear error', async () => {
  await assert.rejects(fetchBytes(`${srv.base}/page`), /refused address 127\.0\.0\.1 \(loopback\); use --allow-private/);
  const port = new URL(srv.base).port;
  await assert.rejects(fetchBytes(`http://localhost:${port}/page`), /refused host localhost: it resolves to .*loopback/);
});

test('redirects are followed hop by hop, capped and re-checked', async () => {
  const r = await fetchBytes(`${srv.base}/hop1`, { allowPrivate: true });
  assert.equal(r.url, `${srv.base}/page`);
  await assert.rejects(fetchBytes(`${srv.base}/loop`, { allowPrivate: true, maxRedirects: 3 }), /too many redirects \(more than 3\)/);
  await assert.rejects(fetchBytes(`${srv.base}/to-file`, { allowPrivate: true }), /refused URL scheme "file:"/);
});

test('a redirect from an allowed host to a private address is refused', async () => {
  // 203.0.113.7 (a public address) stands for a remote host; the injected fetch sends its requests to the local
  // server, whose redirect to the cloud metadata address must then be refused.
  const viaLocal: typeof fetch = (input, init) => fetch(String(input).replace('http://203.0.113.7', srv.base), init);
  await assert.rejects(fetchBytes('http://203.0.113.7/to-metadata', { fetch: viaLocal }), /refused address 169\.254\.169\.254 \(link-local/);
  const ok = await fetchBytes('http://203.0.113.7/hop1', { fetch: viaLocal });
  assert.equal(ok.url, 'http://203.0.113.7/page');
});

test('content types, sizes, status codes and time-outs', async () => {
  await assert.rejects(fetchBytes(`${srv.base}/image`, { allowPrivate: true }), /unsupported content type image\/png/);
  await assert.rejects(fetchBytes(`${srv.base}/big`, { allowPrivate: true, maxBytes: 1024 }), /larger than 1 KB/);
  await assert.rejects(fetchBytes(`${srv.base}/big-chunked`, { allowPrivate: true, maxBytes: 1024 }), /larger than 1 KB/);
  await assert.rejects(fetchBytes(`${srv.base}/gone`, { allowPrivate: true }), /HTTP 410/);
  await assert.rejects(fetchBytes(`${srv.base}/silent`, { allowPrivate: true, timeoutMs: 200 }), /timed out/);
  await assert.rejects(fetchBytes('ftp://example.org/x'), /refused URL scheme "ftp:"/);
  await assert.rejects(fetchBytes('http://user:pw@example.org/'), /credentials/);
  await assert.rejects(fetchBytes('not a url'), /not a valid URL/);
});

test('gzip bodies are decompressed', async () => {
  const r = await fetchBytes(`${srv.base}/gzip`, { allowPrivate: true });
  assert.equal(new TextDecoder().decode(r.bytes), 'Gepackter Text über Größen');
});

test('an injected fetch gets the same checks', async () => {
  await assert.rejects(fetchBytes(`${srv.base}/page`, { fetch }), /refused address 127\.0\.0\.1/);
  const r = await fetchBytes(`${srv.base}/hop1`, { fetch, allowPrivate: true });
  assert.equal(r.url, `${srv.base}/page`);
  await assert.rejects(fetchBytes(`${srv.base}/big`, { fetch, allowPrivate: true, maxBytes: 1024 }), /larger than 1 KB/);
});
