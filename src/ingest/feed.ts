/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with linkedom's XML parser. Only what ingest needs: each item's
 * link, title, date and whatever content it carries.
 */
import { DOMParser } from 'linkedom';
import { normaliseDate } from './dates.js';

export interface FeedItem {
  title: string | null;
  /** the article URL (RSS <link>, Atom link rel=alternate) */
  link: string | null;
  publishedAt: string | null;
  /** full content (content:encoded, Atom <content>) as HTML or text, when the feed carries it */
  content: string | null;
  /** the summary (RSS <description>, Atom <summary>) */
  summary: string | null;
  guid: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type El = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** True when `text` starts like an RSS, RDF or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  return /<rss[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head) || /<feed[\s>][^]*?(xmlns="http:\/\/www\.w3\.org\/2005\/Atom"|<entry|<title)/i.test(head) ||
    /<feed[\s>]/i.test(head);
}

/** Parses a feed; throws an Error with the cause when the XML is not a feed. */
export function parseFeed(xml: string, baseUrl?: string | null): Feed {
  if (!looksLikeFeed(xml)) throw new Error('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
  let doc: El;
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml');
  } catch (e) {
    throw new Error(`malformed feed XML: ${(e as Error).message}`);
  }
  const root: El = doc?.documentElement;
  if (!root) throw new Error('malformed feed XML (no root element)');
  const rootName = String(root.tagName ?? root.nodeName).toLowerCase();
  if (rootName === 'feed') {
    return {
      title: childText(root, 'title'),
      items: children(root, 'entry').map((e) => atomItem(e, baseUrl)),
    };
  }
  if (rootName === 'rss' || rootName === 'rdf:rdf') {
    const channel = children(root, 'channel')[0] ?? root;
    const items = rootName === 'rss' ? children(channel, 'item') : children(root, 'item');
    return { title: childText(channel, 'title'), items: items.map((e) => rssItem(e, baseUrl)) };
  }
  throw new Error(`not an RSS or Atom feed (root element <${rootName}>)`);
}

function rssItem(e: El, baseUrl?: string | null): FeedItem {
  return {
    title: childText(e, 'title'),
    link: absolute(childText(e, 'link') ?? guidLink(e), baseUrl),
    publishedAt: normaliseDate(childText(e, 'pubDate') ?? childText(e, 'dc:date') ?? childText(e, 'published')),
    content: childText(e, 'content:encoded'),
    summary: childText(e, 'description'),
    guid: childText(e, 'guid'),
  };
}

function atomItem(e: El, baseUrl?: string | null): FeedItem {
  const links = children(e, 'link');
  const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return {
    title: childText(e, 'title'),
    link: absolute(alt?.getAttribute('href') ?? null, baseUrl),
    publishedAt: normaliseDate(childText(e, 'published') ?? childText(e, 'updated')),
    content: childText(e, 'content'),
    summary: childText(e, 'summary'),
    guid: childText(e, 'id'),
  };
}

/** An RSS guid that is a permalink doubles as the link. */
function guidLink(e: El): string | null {
  const g = children(e, 'guid')[0];
  if (!g || g.getAttribute('isPermaLink') === 'false') return null;
  const v = (g.textContent ?? '').trim();
  return /^https?:\/\//i.test(v) ? v : null;
}

function children(e: El, name: string): El[] {
  const out: El[] = [];
  const kids = e?.childNodes ?? [];
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.nodeType === 1 && String(k.tagName ?? k.nodeName).toLowerCase() === name.toLowerCase()) out.push(k);
  }
  return out;
}

function childText(e: El, name: string): string | null {
  const c = children(e, name)[0];
  const v = (c?.textContent ?? '').trim();
  return v || null;
}

function absolute(href: string | null, base?: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
