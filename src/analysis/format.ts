/**
 * Readable text of an analysis: per story its articles, then each claim group with the estimate, every claim,
 * contradictions and scope notes; syndication groups at the end. Used by `analyze --format text`.
 */
import type { Analysis, ClaimGroup, LedgerEntry, Story } from './types.js';
import { BEST_RULE } from './reconcile.js';

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '????-??-??';
}

function range(e: LedgerEntry): string {
  const { min, max } = e.value;
  if (min !== null && max !== null) return min === max ? `${min}` : `${min}–${max}`;
  if (min !== null) return `>${e.value.minExclusive ? '' : '='}${min}`;
  if (max !== null) return `<=${max}`;
  return '?';
}

function formatGroup(g: ClaimGroup): string[] {
  const unit = g.unit ? ` ${g.unit}` : '';
  const lines = [`  ${g.label} — ${g.independentSources} independent source(s), ${g.claims.length} claim(s)`];
  if (g.best !== null) {
    lines.push(`    estimate${g.estimateScope ? ` (${g.estimateScope})` : ''}: best ${g.best}${unit}, low ${g.low}${unit}, high ${g.high}${g.highOpen ? '+' : ''}${unit}`);
  }
  for (const e of g.claims) {
    const hedges = e.hedges.length ? ` [${e.hedges.join(', ')}]` : '';
    const syn = e.syndicatedFrom ? ` (from ${e.syndicatedFrom})` : '';
    lines.push(`    ${day(e.date)} ${e.doc}${syn}: ${e.source.label}: "${e.text}" = ${range(e)} (${e.scope.type})${hedges}`);
  }
  for (const c of g.contradictions) lines.push(`    ! contradiction: ${c.reason}`);
  for (const n of g.scopeNotes) lines.push(`    ~ ${n.note}`);
  return lines;
}

function formatStory(s: Story, a: Analysis): string[] {
  const lines = [
    `Story ${s.id}: ${s.title}`,
    `  ${s.articles.length} article(s), ${s.independentSources} independent report(s), ${day(s.from)} to ${day(s.to)}`,
  ];
  for (const id of s.articles) {
    const art = a.articles.find((x) => x.id === id);
    const orig = art && art.original !== id ? ` [syndicated from ${art.original}]` : '';
    lines.push(`  - ${id} (${art?.outlet ?? 'unknown outlet'}, ${day(art?.publishedAt ?? null)}, ${art?.language ?? '?'})${orig}`);
  }
  if (s.claimGroups.length === 0) lines.push('  (no claims)');
  for (const g of s.claimGroups) lines.push(...formatGroup(g));
  return lines;
}

export function formatAnalysisText(a: Analysis): string {
  const lines: string[] = [`${a.articles.length} article(s), ${a.stories.length} story(ies), ${a.syndication.length} syndication group(s)`, `Estimate rule: ${BEST_RULE}`, ''];
  for (const s of a.stories) lines.push(...formatStory(s, a), '');
  if (a.syndication.length) lines.push('Syndication:');
  for (const g of a.syndication) {
    lines.push(`  ${g.kind}: ${g.articles.join(', ')}`);
    for (const c of g.copies) lines.push(`    copies inside: ${c.join(', ')}`);
    if (g.evidence.sharedFigures.length) lines.push(`    shared figures: ${g.evidence.sharedFigures.join(', ')}`);
    if (g.evidence.sharedSpeakers.length) lines.push(`    shared speakers: ${g.evidence.sharedSpeakers.join(', ')}`);
    for (const l of g.evidence.links) lines.push(`    ${l.a} → ${l.b}: ${l.kind}, ${l.reason}`);
    for (const p of g.evidence.sharedPassages.slice(0, 5)) {
      const where = p.positions.map((x) => `${x.doc}@${x.start}-${x.end}`).join(', ');
      lines.push(`    passage "${p.text.length > 80 ? p.text.slice(0, 77) + '...' : p.text}" (${where})`);
    }
    if (g.evidence.sharedPassages.length > 5) lines.push(`    ... ${g.evidence.sharedPassages.length - 5} more passage(s)`);
  }
  return lines.join('\n') + '\n';
}
