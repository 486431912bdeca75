import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.js';
import { FixtureStore, fakeIngestor, doc } from './fixture.js';

const ARTICLE_A = 'Die Polizei meldete am Montag 3 Tote nach dem Sturm in Halvesdorf.';
const ARTICLE_B = 'Am Dienstag sprach die Feuerwehr von 5 Tote – die Polizei blieb bei 4 Tote.';

async function seeded() {
  const store = new FixtureStore();
  await store.addArticle({ doc: doc('a', ARTICLE_A, { title: 'Sturm in Halvesdorf', outlet: 'Blatt Eins', publishedAt: '2025-03-03T08:00:00+01:00', url: 'https://blatt-eins.example/a' }) });
  await store.addArticle({ doc: doc('b', ARTICLE_B, { title: 'Mehr Opfer', outlet: 'Zweites Blatt', publishedAt: '2025-03-04T09:00:00+01:00' }) });
  return { store, app: createApp({ store, ingestor: fakeIngestor }) };
}

const postJson = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body,
});

test('GET /api/stories lists stories with counts and headline figures', async () => {
  const { app } = await seeded();
  const res = await app.request('/api/stories');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = await res.json() as { stories: { id: string; articles: number; independentSources: number; headline: { low: number; high: number }[]; fictional: boolean }[] };
  assert.equal(body.stories.length, 1);
  const s = body.stories[0]!;
  assert.equal(s.articles, 2);
  assert.equal(s.independentSources, 2);
  assert.deepEqual([s.headline[0]!.low, s.headline[0]!.high], [3, 5]);
  assert.equal(s.fictional, true, 'an article under .example marks the story as fictional');
});

test('an empty store gives an empty list and a page that says how to add articles', async () => {
  const app = createApp({ store: new FixtureStore(), ingestor: fakeIngestor });
  assert.deepEqual((await (await app.request('/api/stories')).json() as { stories: unknown[] }).stories, []);
  const page = await (await app.request('/stories')).text();
  assert.match(page, /No articles yet/);
  assert.match(page, /href="\/add"/);
});

test('POST /api/articles stores the article and returns it with id and claims (201)', async () => {
  const { app } = await seeded();
  const text = 'Nach Angaben der Behörden gab es 7 Tote.';
  const res = await app.request('/api/articles', postJson(JSON.stringify({ text, outlet: 'Drittes Blatt', publishedAt: '2025-03-05', title: 'Sieben' })));
  assert.equal(res.status, 201);
  const body = await res.json() as { id: string; text: string; outlet: string; status: string; claims: { text: string; span: { start: number; end: number } }[] };
  assert.ok(body.id);
  assert.equal(body.text, text);
  assert.equal(body.outlet, 'Drittes Blatt');
  assert.equal(body.status, 'added');
  assert.equal(body.claims.length, 1);

  const again = await app.request('/api/articles', postJson(JSON.stringify({ text, outlet: 'Drittes Blatt' })));
  assert.equal(again.status, 200, 'the same text again is unchanged, not a new article');
  assert.equal((await again.json() as { status: string }).status, 'unchanged');

  const claims = await (await app.request(`/api/articles/${body.id}/claims`)).json() as { text: string; span: { start: number; end: number } }[];
  assert.equal(claims.length, 1);
  for (const c of claims) assert.equal(text.slice(c.span.start, c.span.end), c.text);
});

test('GET /api/articles/:id/claims: offsets index the stored text; unknown id is 404 JSON', async () => {
  const { app } = await seeded();
  const claims = await (await app.request('/api/articles/b/claims')).json() as { text: string; span: { start: number; end: number } }[];
  assert.deepEqual(claims.map((c) => c.text), ['5 Tote', '4 Tote']);
  for (const c of claims) assert.equal(ARTICLE_B.slice(c.span.start, c.span.end), c.text);
  const missing = await app.request('/api/articles/nope/claims');
  assert.equal(missing.status, 404);
  assert.match((await missing.json() as { error: string }).error, /nope/);
});

test('malformed and invalid JSON bodies are refused with 400 and a message naming the problem', async () => {
  const { app } = await seeded();
  const cases: [string, RegExp][] = [
    ['{"text": "abc"', /malformed JSON/],
    ['', /empty request body/],
    ['[1,2]', /expected a JSON object/],
    ['{"outlet": "X"}', /give one of "text", "html" or "url"/],
    ['{"text": 42}', /"text" must be a string/],
    ['{"text": "  "}', /"text" is empty/],
    ['{"text": "3 Tote", "publishedAt": "yesterday"}', /"publishedAt" must be an ISO date/],
    ['{"url": "file:///etc/passwd"}', /must be http or https/],
  ];
  for (const [body, message] of cases) {
    const res = await app.request('/api/articles', postJson(body));
    assert.equal(res.status, 400, body);
    assert.match((await res.json() as { error: string }).error, message, body);
  }
});

test('request bodies over the limit are refused with 413', async () => {
  const store = new FixtureStore();
  const app = createApp({ store, ingestor: fakeIngestor, maxJsonBytes: 1000 });
  const res = await app.request('/api/articles', postJson(JSON.stringify({ text: 'x'.repeat(5000) })));
  assert.equal(res.status, 413);
  assert.equal((await store.count()).articles, 0);
});

test('URL ingestion of a private address is refused unless allowed (the ingestor gets the flag)', async () => {
  const store = new FixtureStore();
  const refused = await createApp({ store, ingestor: fakeIngestor }).request('/api/articles', postJson(JSON.stringify({ url: 'http://127.0.0.1:9/x' })));
  assert.equal(refused.status, 422);
  assert.match((await refused.json() as { error: string }).error, /private/);
  const allowed = await createApp({ store, ingestor: fakeIngestor, allowPrivate: true }).request('/api/articles', postJson(JSON.stringify({ url: 'http://127.0.0.1:9/x' })));
  assert.match((await allowed.json() as { error: string }).error, /network disabled/, 'with allowPrivate the fetch is attempted');
});

test('every response carries the security headers and a strict CSP', async () => {
  const { app } = await seeded();
  for (const path of ['/stories', '/api/stories', '/stories/story-1', '/articles/a', '/add', '/claims', '/nothing-here', '/static/style.css']) {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.match(csp, /style-src 'self'(;|$)/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
  }
});

test('pages contain no inline script and no inline style attribute', async () => {
  const { app } = await seeded();
  for (const path of ['/stories', '/stories/story-1', '/articles/a', '/articles/b', '/add', '/claims', '/api']) {
    const page = await (await app.request(path)).text();
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/, path);
    assert.doesNotMatch(page, /\sstyle="/, path);
    assert.doesNotMatch(page, /\son[a-z]+="/, path);
  }
});

test('a hostile article renders as text: <script> in text, title and outlet is escaped', async () => {
  const store = new FixtureStore();
  const app = createApp({ store, ingestor: fakeIngestor });
  const hostile = '<script>alert("text")</script> Es gab 2 Tote. <img src=x onerror=alert(1)>';
  const res = await app.request('/api/articles', postJson(JSON.stringify({ text: hostile, outlet: '<script>alert("outlet")</script>', title: '<b onmouseover=alert(1)>Titel</b>', url: 'javascript:alert(1)' })));
  // javascript: URLs are refused as metadata only when fetched; as metadata it must never become a link
  assert.equal(res.status, 400, 'a javascript: url is refused');
  const ok = await app.request('/api/articles', postJson(JSON.stringify({ text: hostile, outlet: '<script>alert("outlet")</script>', title: '<b onmouseover=alert(1)>Titel</b>' })));
  assert.equal(ok.status, 201);
  const { id } = await ok.json() as { id: string };
  for (const path of [`/articles/${id}`, '/stories', '/stories/story-1', '/claims']) {
    const page = await (await app.request(path)).text();
    assert.doesNotMatch(page, /<script>alert/, path);
    assert.doesNotMatch(page, /<img src=x/, path);
    assert.doesNotMatch(page, /<b onmouseover/, path);
  }
  const article = await (await app.request(`/articles/${id}`)).text();
  assert.match(article, /&lt;script&gt;alert\(&quot;text&quot;\)&lt;\/script&gt;/);
  assert.match(article, /&lt;script&gt;alert\(&quot;outlet&quot;\)&lt;\/script&gt;/);
  assert.match(article, /&lt;img src=x onerror=alert\(1\)&gt;/);
  // the claim's source mention contains markup too (see the fixture extractor); the ledger shows it escaped
  const story = await (await app.request('/stories/story-1')).text();
  assert.match(story, /“die Polizei &lt;b&gt;&lt;script&gt;alert\(&quot;outlet&quot;\)&lt;\/script&gt;&lt;\/b&gt;”/);
});

test('writes need the token when one is set; reads do not', async () => {
  const store = new FixtureStore();
  const app = createApp({ store, ingestor: fakeIngestor, token: 's3cret' });
  const body = JSON.stringify({ text: 'Es gab 1 Tote.' });
  assert.equal((await app.request('/api/articles', postJson(body))).status, 401);
  assert.equal((await app.request('/api/articles', postJson(body, { Authorization: 'Bearer wrong' }))).status, 401);
  assert.equal((await app.request('/api/articles', postJson(body, { Authorization: 'Bearer s3cret' }))).status, 201);
  assert.equal((await app.request('/api/ingest', postJson('{"sources": ["https://a.example/"]}'))).status, 401);
  const form = new FormData();
  form.set('text', 'Es gab 9 Tote.');
  assert.equal((await app.request('/add', { method: 'POST', body: form })).status, 401);
  form.set('token', 's3cret');
  assert.equal((await app.request('/add', { method: 'POST', body: form })).status, 303);
  assert.equal((await app.request('/api/stories')).status, 200);
  assert.match(await (await app.request('/add')).text(), /name="token"/, 'the form asks for the token');
});

test('cross-site writes from a browser are refused; a read-only server refuses all writes', async () => {
  const { app } = await seeded();
  const body = JSON.stringify({ text: 'Es gab 1 Tote.' });
  assert.equal((await app.request('http://127.0.0.1:8080/api/articles', postJson(body, { Origin: 'https://evil.example', Host: '127.0.0.1:8080' }))).status, 403);
  assert.equal((await app.request('/api/articles', postJson(body, { 'Sec-Fetch-Site': 'cross-site' }))).status, 403);
  assert.equal((await app.request('http://127.0.0.1:8080/api/articles', postJson(body, { Origin: 'http://127.0.0.1:8080', Host: '127.0.0.1:8080' }))).status, 201);
  const ro = createApp({ store: new FixtureStore(), ingestor: fakeIngestor, readOnly: true });
  assert.equal((await ro.request('/api/articles', postJson(body))).status, 403);
});

test('every page has a JSON twin (/api prefix or ?format=json)', async () => {
  const { app } = await seeded();
  const viaApi = await (await app.request('/api/stories/story-1')).json() as { story: { id: string; claimGroups: unknown[] } };
  const viaFormat = await (await app.request('/stories/story-1?format=json')).json();
  assert.deepEqual(viaFormat, viaApi);
  assert.equal(viaApi.story.id, 'story-1');
  const art = await (await app.request('/articles/a?format=json')).json() as { article: { id: string }; claims: unknown[] };
  assert.equal(art.article.id, 'a');
  assert.equal(art.claims.length, 1);
  assert.equal((await app.request('/api/stories/none')).status, 404);
  const html404 = await app.request('/stories/none');
  assert.equal(html404.status, 404);
  assert.match(await html404.text(), /no story with id &quot;none&quot;/);
});

test('the story page is the ledger: table, chart, contradiction, exports', async () => {
  const { app } = await seeded();
  const page = await (await app.request('/stories/story-1')).text();
  assert.match(page, /<table class="ledger">/);
  assert.equal((page.match(/<tr id="entry-/g) ?? []).length, 3, 'one row per claim');
  assert.match(page, /<svg class="chart"/);
  assert.match(page, /class="callout contradiction"/);
  assert.match(page, /Killed &lt;civilians&gt;/, 'group labels are escaped');
  assert.match(page, /href="\/stories\/story-1\/ledger.csv"/);
  const csv = await app.request('/stories/story-1/ledger.csv');
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  const lines = (await csv.text()).trim().split('\r\n');
  assert.equal(lines.length, 4);
  assert.match(lines[0]!, /^story,group,group_label,measure/);
  const svg = await app.request('/stories/story-1/groups/g1/chart.svg');
  assert.equal(svg.status, 200);
  assert.match(svg.headers.get('content-type') ?? '', /image\/svg\+xml/);
  assert.match(await svg.text(), /xmlns="http:\/\/www.w3.org\/2000\/svg"/);
});

test('the article page marks every claim at its offsets', async () => {
  const { app, store } = await seeded();
  const page = await (await app.request('/articles/b')).text();
  const marks = [...page.matchAll(/<mark class="claim[^"]*"[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]);
  assert.deepEqual(marks, (await store.getClaims('b')).map((c) => c.text));
  assert.match(page, /href="\/stories\/story-1"/, 'links back to the story');
  assert.match(page, /<script src="\/static\/app.js" defer><\/script>/);
});

test('the Add form starts a job whose page shows each input; bad input is shown, not thrown', async () => {
  const { app, store } = await seeded();
  const form = new FormData();
  form.set('text', 'Der Landkreis zählte 12 Tote.');
  form.set('outlet', 'Formblatt');
  form.set('publishedAt', '2025-03-06T10:00');
  form.set('sources', 'https://feed.example/rss.xml\n');
  form.append('files', new File(['title: Datei\n\nEs gab 6 Tote.'], 'upload.txt', { type: 'text/plain' }));
  const res = await app.request('/add', { method: 'POST', body: form });
  assert.equal(res.status, 303);
  const location = res.headers.get('location')!;
  assert.match(location, /^\/jobs\/[\w-]+$/);
  let job: { state: string; results: { ok: boolean; source: string; error?: string; articleId?: string }[] };
  for (;;) {
    job = await (await app.request(`/api${location}`)).json() as typeof job;
    if (job.state === 'done') break;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(job.results.length, 3);
  const pasted = job.results.find((r) => r.ok)!;
  assert.equal((await store.getArticle(pasted.articleId!))?.outlet, 'Formblatt');
  assert.ok(job.results.some((r) => !r.ok && r.source === 'https://feed.example/rss.xml' && /network disabled/.test(r.error!)));
  assert.ok(job.results.some((r) => !r.ok && r.source === 'upload.txt'), 'uploaded files are named by their file name');
  const page = await (await app.request(location)).text();
  assert.match(page, /1 added, 0 revised, 0 unchanged, 2 failed/);
  assert.match(page, /network disabled in tests/);

  const empty = await app.request('/add', { method: 'POST', body: new FormData() });
  assert.equal(empty.status, 400);
  assert.match(await empty.text(), /Nothing to add/);
  const badUrl = new FormData();
  badUrl.set('sources', 'not a url');
  assert.match(await (await app.request('/add', { method: 'POST', body: badUrl })).text(), /not a URL: not a url/);
});

test('search filters claims; an unknown measure is a 400', async () => {
  const { app } = await seeded();
  const r = await (await app.request('/api/claims?measure=killed&country=de')).json() as { claims: unknown[] };
  assert.equal(r.claims.length, 3);
  const none = await (await app.request('/api/claims?measure=money')).json() as { claims: unknown[] };
  assert.equal(none.claims.length, 0);
  const bad = await app.request('/api/claims?measure=dead');
  assert.equal(bad.status, 400);
  assert.match((await bad.json() as { error: string }).error, /unknown measure "dead"/);
  const page = await (await app.request('/claims?measure=killed')).text();
  assert.match(page, /<option value="killed" selected>/);
  assert.equal((page.match(/<td class="figure">/g) ?? []).length, 3);
});

test('OpenAPI document describes the contract endpoints', async () => {
  const { app } = await seeded();
  const doc = await (await app.request('/api/openapi.json')).json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
  assert.match(doc.openapi, /^3\./);
  assert.ok(doc.paths['/api/stories']?.get);
  assert.ok(doc.paths['/api/articles']?.post);
  assert.ok(doc.paths['/api/articles/{id}/claims']?.get);
});
