/**
 * Reading an HTML page: metadata from the page head (title, outlet, publication date, canonical URL, language)
 * and the article text via Mozilla Readability on linkedom's DOM.
 */
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlNodeText } from './html-text.js';
import { normaliseDate } from './dates.js';

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** canonical URL (link rel=canonical, og:url), absolute against `baseUrl` */
  url: string | null;
  /** the page's declared language (<html lang>), two-letter; only a hint */
  lang: string | null;
  /** article text, one paragraph per line, without the title */
  body: string;
}

// linkedom's DOM is close enough to the browser's for our use; its types are not the DOM lib's.
type Doc = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Parses `html` and extracts metadata and article text. Throws when no text is found. */
export function extractHtmlArticle(html: string, baseUrl?: string | null): HtmlArticle {
  // linkedom builds no <body> for a bare fragment ("<p>…</p>" from JSONL or a feed): give it one.
  if (!/<(html|body)[\s>]/i.test(html.slice(0, 4096))) html = `<!doctype html><html><body>${html}</body></html>`;
  const doc: Doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc || !doc.documentElement) throw new Error('malformed HTML (no document element)');
  const ld = jsonLd(doc);
  const meta = (names: string[]): string | null => metaContent(doc, names);

  const url = absolute(
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(['og:url']) ?? stringField(ld, 'url'),
    baseUrl,
  );
  const outlet = meta(['og:site_name', 'application-name', 'publisher', 'dc.publisher']) ?? publisherName(ld);
  const publishedAt = normaliseDate(
    meta(['article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate',
      'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'publish-date']) ??
      stringField(ld, 'datePublished') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
      doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().slice(0, 2).toLowerCase() || null;
  const headTitle = (doc.querySelector('title')?.textContent ?? '').trim() || null;
  const metaTitle = meta(['og:title', 'twitter:title']) ?? stringField(ld, 'headline');

  // Readability rewrites the document, so it runs after the metadata has been read. Navigation and forms never
  // hold article text, but on short pages Readability may return them as the "article".
  for (const el of doc.querySelectorAll('nav, aside, form, [role="navigation"], [role="search"], [role="complementary"]')) el.remove();
  for (const el of doc.querySelectorAll('footer')) if (!el.closest('article')) el.remove();
  let body = '';
  let readTitle: string | null = null;
  try {
    const article = new Readability(doc, { charThreshold: 100 }).parse();
    if (article?.content) {
      const fragment: Doc = new DOMParser().parseFromString(`<!doctype html><html><body>${article.content}</body></html>`, 'text/html');
      body = htmlNodeText(fragment.body ?? fragment);
      readTitle = article.title?.trim() || null;
    }
  } catch {
    body = '';
  }
  if (!body) {
    // No article found (very short page): take the visible body text.
    const fallback: Doc = new DOMParser().parseFromString(html, 'text/html');
    for (const el of fallback.querySelectorAll('nav, header, footer, aside, form')) el.remove();
    const root = fallback.body ?? fallback.documentElement;
    body = root ? htmlNodeText(root) : '';
  }
  const title = cleanTitle(metaTitle ?? readTitle ?? headTitle, outlet);
  if (title && body.startsWith(title + '\n')) body = body.slice(title.length + 1);
  else if (title && body === title) body = '';
  if (!body.trim()) throw new Error('no article text found in the HTML');
  return { title, outlet, publishedAt, url, lang, body };
}

function metaContent(doc: Doc, names: string[]): string | null {
  const want = new Set(names.map((n) => n.toLowerCase()));
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    if (!want.has(key)) continue;
    const v = (m.getAttribute('content') ?? '').trim();
    if (v) return v;
  }
  return null;
}

/** The first JSON-LD object describing an article (NewsArticle, Article, ...), searching @graph arrays. */
function jsonLd(doc: Doc): Record<string, unknown> | null {
  const candidates: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      candidates.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // broken JSON-LD is common; the other metadata still counts
    }
  }
  const isArticle = (o: Record<string, unknown>): boolean => {
    const t = o['@type'];
    const types = Array.isArray(t) ? t : [t];
    return types.some((x) => typeof x === 'string' && /Article|Posting|Report/.test(x));
  };
  return candidates.find(isArticle) ?? candidates.find((o) => 'datePublished' in o) ?? null;
}

function stringField(o: Record<string, unknown> | null, key: string): string | null {
  const v = o?.[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function publisherName(o: Record<string, unknown> | null): string | null {
  const p = o?.['publisher'];
  const first = Array.isArray(p) ? p[0] : p;
  if (first && typeof first === 'object') return stringField(first as Record<string, unknown>, 'name');
  return typeof first === 'string' ? first : null;
}

function absolute(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "Headline | Outlet" and "Headline - Outlet": drop the outlet suffix that page titles carry. */
function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  const t = title.replace(/\s+/g, ' ').trim();
  if (outlet) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
      if (t.endsWith(sep + outlet)) return t.slice(0, -(sep.length + outlet.length)).trim() || t;
    }
  }
  return t;
}
