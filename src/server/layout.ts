/** The page frame shared by every HTML page: head, navigation, an optional notice, the main content. */
import { html, type SafeHtml, type HtmlValue } from './html.js';

export interface PageOptions {
  title: string;
  /** which navigation entry to mark current */
  nav?: 'stories' | 'search' | 'add' | 'api';
  /** the JSON twin of this page, linked in the footer */
  jsonHref?: string;
  /** show the "fictional demo" banner */
  fictional?: boolean;
  /** extra static script to load (always a file under /static/, never inline) */
  script?: string;
  /** meta refresh in seconds (progress pages work without JavaScript) */
  refresh?: number;
}

const NAV: [NonNullable<PageOptions['nav']>, string, string][] = [
  ['stories', '/stories', 'Stories'],
  ['search', '/claims', 'Search claims'],
  ['add', '/add', 'Add articles'],
  ['api', '/api', 'API'],
];

export function page(opts: PageOptions, body: HtmlValue): SafeHtml {
  const nav = NAV.map(([key, href, label]) =>
    html`<a href="${href}"${opts.nav === key ? html` aria-current="page"` : ''}>${label}</a>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${opts.refresh ? html`<meta http-equiv="refresh" content="${opts.refresh}">` : ''}
<title>${opts.title} · claimledger</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${opts.script ? html`<script src="/static/${opts.script}" defer></script>` : ''}
</head>
<body>
<header class="site">
  <a class="brand" href="/">claim<span>ledger</span></a>
  <nav>${nav}</nav>
</header>
${opts.fictional ? html`<div class="fictional" role="note"><strong>Fictional demo.</strong> The town, the flood, the people, the outlets and the agency in this corpus are invented; the articles were written for claimledger to show how conflicting figures are reconciled.</div>` : ''}
<main>
${body}
</main>
<footer class="site">
  <span>claimledger — who says what number</span>
  ${opts.jsonHref ? html`<a href="${opts.jsonHref}">This page as JSON</a>` : ''}
  <a href="/api/openapi.json">OpenAPI</a>
</footer>
</body>
</html>
`;
}
