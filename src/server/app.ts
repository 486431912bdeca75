/**
 * The web app and HTTP API. Every page has a JSON twin under /api (or with ?format=json); `createApp` takes an
 * open store and returns a Hono app, so tests call `app.request(...)` without a socket.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Store } from '../store/types.js';
import type { Measure } from '../core/claim.js';
import { MEASURES } from '../core/claim.js';
import type { SafeHtml } from './html.js';
import { securityHeaders, sameOriginWrites, presentedToken, tokenMatches } from './security.js';
import { staticFile } from './static.js';
import { Ledger } from './data.js';
import { storiesData, storiesPage, STORIES_PER_PAGE, MAX_STORIES_PER_PAGE } from './views/stories.js';
import { storyPage } from './views/story.js';
import { articlePage } from './views/article.js';
import { addPage } from './views/add.js';
import { jobPage } from './views/job.js';
import { searchPage, type SearchQuery } from './views/search.js';
import { errorPage } from './views/error.js';
import { apiPage } from './views/api.js';
import { renderChart } from './chart.js';
import { ledgerCsv } from './csv.js';
import { JobQueue, storeItem, type JobSource } from './jobs.js';
import { defaultIngestor, type Ingestor } from './ingest.js';
import { BadRequest, articleInput, parseJson, sourceList, isDateLike } from './validate.js';
import { openApiDocument } from './openapi.js';

export interface AppOptions {
  store: Store;
  /** let URL and feed ingestion reach loopback, private and link-local addresses */
  allowPrivate?: boolean;
  /** when set, every write must present it (Authorization: Bearer, X-Claimledger-Token, or the form field) */
  token?: string | null;
  /** refuse all writes (a public read-only demo) */
  readOnly?: boolean;
  /** the ingest layer (tests inject a fake fetcher through it) */
  ingestor?: Ingestor;
  /** largest JSON body in bytes (default 4 MB) */
  maxJsonBytes?: number;
  /** largest form upload in bytes (default 20 MB) */
  maxUploadBytes?: number;
}

type Twin = { data: unknown; html: () => SafeHtml | Promise<SafeHtml> } | { status: 404 | 400; message: string };

const wantsJson = (c: Context) => c.req.path.startsWith('/api/') || c.req.query('format') === 'json';

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  const ledger = new Ledger(opts.store);
  const ingestor = opts.ingestor ?? defaultIngestor;
  const allowPrivate = opts.allowPrivate ?? false;
  const jobs = new JobQueue(opts.store);
  const maxJson = opts.maxJsonBytes ?? 4 * 1024 * 1024;
  const maxUpload = opts.maxUploadBytes ?? 20 * 1024 * 1024;

  const fail = (c: Context, status: 400 | 401 | 403 | 404 | 413 | 500, message: string) =>
    wantsJson(c) || c.req.method !== 'GET'
      ? c.json({ error: message }, status)
      : c.html(errorPage(status, message).value, status);

  app.use('*', securityHeaders());
  app.use('*', sameOriginWrites());

  /** Writes: refused when read-only; need the token when one is set (the Add form checks its field itself). */
  const writeGuard = (checkToken: boolean) => async (c: Context, next: () => Promise<void>) => {
    if (opts.readOnly) return fail(c, 403, 'this server is read-only');
    if (checkToken && !tokenMatches(opts.token, presentedToken(c.req.header('authorization'), c.req.header('x-claimledger-token'), undefined))) {
      c.header('WWW-Authenticate', 'Bearer realm="claimledger"');
      return fail(c, 401, 'this server requires a write token: send "Authorization: Bearer <token>"');
    }
    await next();
  };
  const jsonLimit = bodyLimit({ maxSize: maxJson, onError: (c) => c.json({ error: `request body larger than ${maxJson} bytes` }, 413) });
  const uploadLimit = bodyLimit({ maxSize: maxUpload, onError: (c) => fail(c, 413, `upload larger than ${Math.round(maxUpload / 1048576)} MB`) });

  /** Register a page and its JSON twin (/api/...) from one handler. */
  const twin = (path: string, handler: (c: Context) => Promise<Twin>) => {
    const run = async (c: Context) => {
      const r = await handler(c);
      if ('status' in r) return fail(c, r.status, r.message);
      if (wantsJson(c)) return c.json(r.data);
      return c.html((await r.html()).value);
    };
    app.get(path, run);
    app.get(`/api${path}`, run);
  };

  app.get('/', (c) => c.redirect('/stories'));
  app.get('/static/:name', (c) => {
    const f = staticFile(c.req.param('name'));
    if (!f) return fail(c, 404, 'no such file');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(f.body, 200, { 'Content-Type': f.type });
  });

  twin('/stories', async (c) => {
    const limit = clampInt(c.req.query('limit'), STORIES_PER_PAGE, 1, MAX_STORIES_PER_PAGE);
    const pageNo = clampInt(c.req.query('page'), 1, 1, 1e9);
    const d = storiesData(await ledger.stories({ limit, offset: (pageNo - 1) * limit }), pageNo);
    return { data: d, html: () => storiesPage(d) };
  });

  twin('/stories/:id', async (c) => {
    const ctx = await ledger.story(c.req.param('id')!);
    if (!ctx) return { status: 404, message: `no story with id "${c.req.param('id')}"` };
    return { data: { story: ctx.story, articles: ctx.articles, syndication: ctx.syndication }, html: () => storyPage(ctx) };
  });

  const csv = async (c: Context) => {
    const id = c.req.param('id')!;
    const ctx = await ledger.story(id);
    if (!ctx) return fail(c, 404, `no story with id "${id}"`);
    return c.body(ledgerCsv(ctx.story, ctx.claims), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ledger-${id.replace(/[^\w.-]/g, '_')}.csv"`,
    });
  };
  app.get('/stories/:id/ledger.csv', csv);
  app.get('/api/stories/:id/ledger.csv', csv);

  app.get('/stories/:id/groups/:group/chart.svg', async (c) => {
    const found = await ledger.group(c.req.param('id'), c.req.param('group'));
    if (!found) return fail(c, 404, 'no such claim group');
    const svg = renderChart(found.group, { standalone: true, title: found.group.label, subtitle: `${found.story.title} · claimledger` });
    if (!svg) return fail(c, 404, 'this claim group has no dated figures to chart');
    return c.body(`<?xml version="1.0" encoding="UTF-8"?>\n${svg.value}`, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });

  app.get('/api/articles', async (c) => {
    const limit = clampInt(c.req.query('limit'), 100, 1, 1000);
    const offset = clampInt(c.req.query('offset'), 0, 0, 1e9);
    const articles = await opts.store.listArticles({ limit, offset, storyId: c.req.query('story') || undefined });
    return c.json({ articles: articles.map(({ text: _t, ...meta }) => meta), limit, offset });
  });

  twin('/articles/:id', async (c) => {
    const id = c.req.param('id')!;
    const article = await ledger.article(id);
    if (!article) return { status: 404, message: `no article with id "${id}"` };
    const [claims, summary] = await Promise.all([opts.store.getClaims(article.id, article.revision), ledger.summary(article.id)]);
    const storyId = summary?.story ?? article.storyId;
    const storyTitle = storyId ? (await ledger.storyRow(storyId))?.title ?? null : null;
    return { data: { article, claims, story: storyId }, html: () => articlePage({ article, claims, summary, storyTitle }) };
  });

  app.get('/api/articles/:id/claims', async (c) => {
    const id = c.req.param('id');
    const article = await ledger.article(id);
    if (!article) return c.json({ error: `no article with id "${id}"` }, 404);
    return c.json(await opts.store.getClaims(article.id, article.revision));
  });

  app.post('/api/articles', jsonLimit, writeGuard(true), async (c) => {
    const input = articleInput(parseJson(await c.req.text()));
    const item = await ingestor.fromInput(input, { allowPrivate });
    const r = await storeItem(opts.store, item);
    if (!r.ok || !r.articleId) return c.json({ error: r.error ?? 'could not read the article', source: r.source }, 422);
    const article = await opts.store.getArticle(r.articleId);
    const claims = article ? await opts.store.getClaims(r.articleId, article.revision) : [];
    return c.json({ ...article, status: r.status, claims }, r.status === 'unchanged' ? 200 : 201);
  });

  /** Batch ingestion as a background job: {sources: [urls/feeds], articles: [ArticleInput]}. */
  app.post('/api/ingest', jsonLimit, writeGuard(true), async (c) => {
    const body = parseJson(await c.req.text());
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest('body: expected {"sources": [...], "articles": [...]}');
    const o = body as Record<string, unknown>;
    const sources = o.sources === undefined ? [] : sourceList(o.sources);
    const articles = o.articles === undefined ? [] : Array.isArray(o.articles) ? o.articles.map((a, i) => articleInput(a, `articles[${i}]`)) : (() => { throw new BadRequest('articles: expected a list'); })();
    if (sources.length + articles.length === 0) throw new BadRequest('nothing to ingest: give "sources" or "articles"');
    const job = startJob(sources, articles, []);
    return c.json(job, 202, { Location: `/api/jobs/${job.id}` });
  });

  const startJob = (sources: string[], articles: ReturnType<typeof articleInput>[], files: { dir: string; paths: string[] }[]) => {
    const labels: string[] = [];
    const work: JobSource[] = [];
    for (const a of articles) {
      labels.push(a.title ?? a.url ?? 'pasted text');
      work.push(async function* () { yield await ingestor.fromInput(a, { allowPrivate }); });
    }
    for (const f of files) {
      labels.push(...f.paths.map((p) => p.slice(f.dir.length + 1)));
      work.push(async function* () {
        try {
          for await (const item of ingestor.read(f.paths, { allowPrivate })) yield { ...item, source: item.source.startsWith(f.dir) ? item.source.slice(f.dir.length + 1) : item.source };
        } finally {
          await rm(f.dir, { recursive: true, force: true });
        }
      });
    }
    for (const s of sources) {
      labels.push(s);
      work.push(() => ingestor.read([s], { allowPrivate }));
    }
    return jobs.start(labels, work);
  };

  app.post('/add', uploadLimit, writeGuard(false), async (c) => {
    const form = await c.req.parseBody({ all: true });
    const field = (k: string) => { const v = form[k]; return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : ''; };
    const tokenOk = tokenMatches(opts.token, field('token') || presentedToken(c.req.header('authorization'), c.req.header('x-claimledger-token'), undefined));
    const again = (status: 400 | 401, error: string) => c.html(addPage({ tokenRequired: !!opts.token, readOnly: false, error }).value, status);
    if (!tokenOk) return again(401, 'Wrong or missing write token.');
    try {
      const articles = [];
      if (field('text').trim()) {
        const published = field('publishedAt');
        articles.push(articleInput({
          text: field('text'), title: field('title') || undefined, outlet: field('outlet') || undefined,
          url: field('url') || undefined, publishedAt: published || undefined,
        }, 'pasted text'));
      }
      const sources = sourceList(field('sources'), 'web addresses');
      const uploads = ([] as unknown[]).concat(form['files'] ?? []).filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && ((f as File).size > 0 || (f as File).name !== ''));
      // (a browser sends an unnamed empty part when no file was chosen; a named empty file is reported as such)
      const files: { dir: string; paths: string[] }[] = [];
      if (uploads.length) {
        const dir = await mkdtemp(joinPath(tmpdir(), 'claimledger-upload-'));
        const paths: string[] = [];
        for (const [i, f] of uploads.entries()) {
          // Keep the user's file name (it becomes the document id) but nothing that could leave the folder.
          const name = (f.name || `upload-${i}.txt`).replace(/[\\/]/g, '_').replace(/^\.+/, '_').slice(0, 120);
          const p = joinPath(dir, paths.includes(joinPath(dir, name)) ? `${i}-${name}` : name);
          await writeFile(p, Buffer.from(await f.arrayBuffer()));
          paths.push(p);
        }
        files.push({ dir, paths });
      }
      if (articles.length + sources.length + files.length === 0) return again(400, 'Nothing to add: paste a text, choose files or give web addresses.');
      const job = startJob(sources, articles, files);
      return c.redirect(`/jobs/${job.id}`, 303);
    } catch (err) {
      if (err instanceof BadRequest) return again(400, err.message);
      throw err;
    }
  });

  app.get('/add', (c) => c.html(addPage({ tokenRequired: !!opts.token, readOnly: !!opts.readOnly }).value));

  twin('/jobs/:id', async (c) => {
    const job = jobs.get(c.req.param('id')!);
    if (!job) return { status: 404, message: 'no such job (jobs are kept in memory until the server restarts)' };
    return { data: job, html: () => jobPage(job) };
  });

  twin('/claims', async (c) => {
    const q: SearchQuery = {};
    for (const k of ['measure', 'country', 'source', 'from', 'to', 'story'] as const) {
      const v = c.req.query(k)?.trim();
      if (v) q[k] = v;
    }
    const limit = clampInt(c.req.query('limit'), 200, 1, 10000);
    if (q.measure && !MEASURES.includes(q.measure as Measure)) return { status: 400, message: `unknown measure "${q.measure}"; one of ${MEASURES.join(', ')}` };
    for (const k of ['from', 'to'] as const) if (q[k] && !isDateLike(q[k]!)) return { status: 400, message: `"${k}" must be an ISO date (2025-05-12)` };
    const claims = await opts.store.searchClaims({
      measure: q.measure as Measure | undefined, country: q.country?.toUpperCase(), source: q.source, from: q.from, to: q.to, storyId: q.story, limit,
    });
    const data = { query: q, claims, limit };
    return {
      data,
      html: async () => {
        const articles = await ledger.summaries(claims.map((x) => x.doc));
        const all = await opts.store.searchClaims({ limit: 10000 });
        const names = [...new Set(all.map((x) => x.source.name).filter((x): x is string => !!x))].sort((x, y) => x.localeCompare(y));
        const countries = [...new Set(all.map((x) => x.subject?.country).filter((x): x is string => !!x))].sort();
        return searchPage(data, articles, names, countries);
      },
    };
  });

  app.get('/api', (c) => (c.req.query('format') === 'json' ? c.json(openApiDocument()) : c.html(apiPage().value)));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.notFound((c) => fail(c, 404, `nothing at ${c.req.path}`));
  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, 400);
    // Hono raises HTTPException for body-limit and similar; keep their status.
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return c.json({ error: err.message }, status as 400);
    process.stderr.write(`claimledger serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
    return fail(c, 500, 'internal error; the server log has the details');
  });
  return app;
}

function clampInt(v: string | undefined, dflt: number, min: number, max: number): number {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : dflt;
}
