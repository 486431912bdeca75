import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 with routes by path; returns its base URL and a close function. */
export async function startServer(routes: Record<string, Handler>): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export function send(body: string | Uint8Array, contentType: string, status = 200, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, ...headers });
    res.end(body);
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'claimledger-ingest-'));
}

/** A news-like HTML page of our own (never text from ../shared/examples). */
export function articlePage(opts: { title: string; paragraphs: string[]; site?: string; published?: string; canonical?: string; lang?: string; jsonLd?: boolean }): string {
  const ld = opts.jsonLd && opts.published
    ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: opts.title, datePublished: opts.published, publisher: { '@type': 'Organization', name: opts.site } })}</script>`
    : '';
  const meta = [
    opts.site && !opts.jsonLd ? `<meta property="og:site_name" content="${opts.site}">` : '',
    opts.published && !opts.jsonLd ? `<meta property="article:published_time" content="${opts.published}">` : '',
    opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : '',
  ].join('');
  return `<!doctype html><html lang="${opts.lang ?? 'de'}"><head><meta charset="utf-8"><title>${opts.title} | ${opts.site ?? 'Site'}</title>${meta}${ld}</head>
<body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav><main><article><h1>${opts.title}</h1>
${opts.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>Impressum · Datenschutz</footer></body></html>`;
}

export const GERMAN_PARAGRAPHS = [
  'Die Stadtverwaltung hat am Montag neue Zahlen zur Wohnungsnot vorgelegt. Demnach fehlen in der Region rund 12.000 Wohnungen, vor allem für Familien mit geringem Einkommen.',
  'Der Bürgermeister sagte, die Lage habe sich in den vergangenen zwei Jahren deutlich verschärft. Man werde bis Ende des Jahres mindestens 800 neue Sozialwohnungen genehmigen.',
  'Kritiker halten das für zu wenig. Ein Sprecher des Mieterbundes erklärte, nötig seien mehr als 3.000 Wohnungen pro Jahr, um den Rückstand aufzuholen.',
];

export const ENGLISH_PARAGRAPHS = [
  'The city council published new figures on the housing shortage on Monday. According to the report, about 12,000 homes are missing in the region, mostly for low-income families.',
  'The mayor said the situation had worsened considerably over the past two years and promised to approve at least 800 new social housing units by the end of the year.',
  'Critics said that was not enough. A spokesperson for the tenants association said more than 3,000 homes a year were needed to close the gap.',
];
