/**
 * Article text with every claim marked at its offsets. The text is sliced at the claim spans and each piece is
 * escaped on its own, so the marks wrap exactly the figure phrases and nothing in the text can become markup.
 */
import type { Claim } from '../core/claim.js';
import { html, join, type SafeHtml } from './html.js';
import { formatValue, measureLabel, claimAnchor, sourceDisplay } from './format.js';

/** The normalised claim in one line, for the mark's tooltip and popover. */
export function describeClaim(c: Claim, outlet: string | null = null): string {
  const parts = [`${measureLabel(c.measure)}: ${formatValue(c.value)}`];
  if (c.counted) parts.push(`counted: ${c.counted}`);
  const src = sourceDisplay(c.source, outlet);
  parts.push(`source: ${src.name}${src.detail ? ` (${src.detail.replace(/ · /g, ", ")})` : ''}`);
  if (c.scope && c.scope.type !== 'unspecified') parts.push(`scope: ${c.scope.type}${c.scope.text ? ` (${c.scope.text})` : ''}`);
  if (c.place) parts.push(`place: ${c.place.name ?? c.place.text}`);
  if (c.hedges.length) parts.push(`hedges: ${c.hedges.join(', ')}`);
  return parts.join(' · ');
}

/**
 * The text from `from` to the end with claims marked. Claims outside the range, with spans that do not fit the
 * text, or overlapping an earlier claim are left unmarked (and returned, so the page can list them).
 */
export function highlightText(text: string, claims: readonly Claim[], from = 0, outlet: string | null = null): { body: SafeHtml; unmarked: Claim[] } {
  const sorted = [...claims].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const pieces: SafeHtml[] = [];
  const unmarked: Claim[] = [];
  let pos = from;
  for (const c of sorted) {
    const { start, end } = c.span;
    if (start < pos || end > text.length || end <= start) {
      unmarked.push(c);
      continue;
    }
    pieces.push(html`${text.slice(pos, start)}`);
    pieces.push(html`<mark class="claim m-${c.measure}" id="${claimAnchor(c.id)}" tabindex="0" data-claim="${c.id}" title="${describeClaim(c, outlet)}">${text.slice(start, end)}</mark>`);
    pos = end;
  }
  pieces.push(html`${text.slice(pos)}`);
  return { body: join(pieces), unmarked };
}
