/**
 * analyze(articles): syndication groups, stories, and the reconciled claim ledger per story, in memory.
 * The incremental indexes (StoryIndex, SyndicationIndex) do the grouping; this module adds what needs the
 * texts and claims of all articles at once: shared passages as evidence, cross-article sources, ledger groups.
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { articleFigures } from './figures.js';
import { sharedPassages } from './passages.js';
import { partitionComparable } from './comparable.js';
import { reconcile, byDate } from './reconcile.js';
import { resolveSource } from './speakers.js';
import { StoryIndex, type StoryIndexOptions } from './stories.js';
import { SyndicationIndex, type SyndicationLink, type SyndicationOptions } from './syndication.js';
import type { Analysis, AnalysisArticle, ArticleSummary, ClaimGroup, LedgerEntry, SharedPassage, Story, SyndicationGroup } from './types.js';
import { words } from './words.js';
import { prepareText } from './features.js';
import { ENTITIES } from './aliases.js';

export { StoryIndex } from './stories.js';
export { SyndicationIndex } from './syndication.js';
export type { AnalysisArticle, Analysis } from './types.js';

export interface AnalyzeOptions {
  stories?: StoryIndexOptions;
  syndication?: SyndicationOptions;
  /** shortest shared passage reported as copy evidence, in words */
  minPassageWords?: number;
}

function publishedTime(d: Document): number {
  const t = d.publishedAt ? Date.parse(d.publishedAt) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Articles in publication order (unknown dates last), stable on input order. */
function chronological(articles: readonly AnalysisArticle[]): AnalysisArticle[] {
  return articles
    .map((a, i) => ({ a, i, t: publishedTime(a.doc) }))
    .sort((x, y) => x.t - y.t || x.i - y.i)
    .map((x) => x.a);
}

class Sets {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    while (p !== x) {
      const g = this.parent.get(p) ?? p;
      this.parent.set(x, g);
      x = p;
      p = g;
    }
    return x;
  }
  union(a: string, b: string, order: (x: string, y: string) => number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (order(ra, rb) <= 0) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * Syndication groups: the connected components of all links, so each article is in at most one group. A group
 * is a 'copy' group when all its links are copies, else a 'rewrite' group that lists its copy subgroups
 * (components of its copy links) in `copies`: a wire, its reprint and its translation give one rewrite group
 * [wire, reprint, translation] with copies [[wire, reprint]], and the evidence of every link.
 */
function syndicationGroups(
  ordered: readonly AnalysisArticle[],
  links: readonly SyndicationLink[],
  minPassageWords: number,
): SyndicationGroup[] {
  const rank = new Map(ordered.map((a, i) => [a.doc.id, i]));
  const byId = new Map(ordered.map((a) => [a.doc.id, a]));
  const order = (x: string, y: string) => rank.get(x)! - rank.get(y)!;
  const components = (use: readonly SyndicationLink[]): string[][] => {
    const sets = new Sets();
    const ids = new Set<string>();
    for (const l of use) {
      sets.union(l.a, l.b, order);
      ids.add(l.a);
      ids.add(l.b);
    }
    const members = new Map<string, string[]>();
    for (const id of [...ids].sort(order)) {
      const r = sets.find(id);
      const m = members.get(r);
      if (m) m.push(id);
      else members.set(r, [id]);
    }
    return [...members.values()].filter((m) => m.length > 1);
  };
  const linksOf = new Map<string, SyndicationLink[]>();
  for (const l of links) {
    const list = linksOf.get(l.a);
    if (list) list.push(l);
    else linksOf.set(l.a, [l]);
  }
  return components(links).map((ids) => {
    const groupLinks = ids.flatMap((id) => linksOf.get(id) ?? []);
    const kind = groupLinks.some((l) => l.kind === 'rewrite') ? 'rewrite' : 'copy';
    const docs = ids.map((id) => byId.get(id)!);
    return {
      articles: ids,
      kind,
      copies: kind === 'rewrite' ? components(groupLinks.filter((l) => l.kind === 'copy')) : [],
      evidence: {
        sharedPassages: passagesOf(docs, minPassageWords),
        sharedFigures: sharedFiguresOf(docs),
        sharedSpeakers: [...new Set(groupLinks.flatMap((l) => l.sharedSpeakers))].sort(),
        links: groupLinks.map((l) => ({ a: l.a, b: l.b, kind: l.kind, similarity: l.similarity, reason: l.reason })),
      },
    };
  });
}

/** Passages the original shares with each other article, merged by text so each passage lists all positions. */
function passagesOf(docs: readonly AnalysisArticle[], minWords: number): SharedPassage[] {
  const [orig, ...rest] = docs;
  if (!orig) return [];
  const ow = words(orig.doc.text, orig.doc.bodyStart);
  const byText = new Map<string, SharedPassage>();
  for (const other of rest) {
    for (const m of sharedPassages(ow, words(other.doc.text, other.doc.bodyStart), minWords)) {
      const text = orig.doc.text.slice(m.a.start, m.a.end);
      let p = byText.get(text);
      if (!p) byText.set(text, (p = { text, positions: [{ doc: orig.doc.id, ...m.a }] }));
      p.positions.push({ doc: other.doc.id, ...m.b });
    }
  }
  return [...byText.values()].sort((a, b) => a.positions[0]!.start - b.positions[0]!.start);
}

function sharedFiguresOf(docs: readonly AnalysisArticle[]): string[] {
  const sets = docs.map((a) => articleFigures(a.doc.text, a.doc.language, a.claims, a.doc.bodyStart));
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((x) => rest.every((s) => s.has(x))).sort();
}

const MEASURE_LABEL: Record<string, string> = {
  killed: 'killed', wounded: 'wounded', killed_or_wounded: 'killed or wounded', missing: 'missing', captured: 'captured',
  deployed: 'deployed', displaced: 'displaced', arrested: 'arrested', money: 'money', percent: 'share', area: 'area', other: 'other',
};

/** Display name of a place key: the alias table's label, else the name as the first claim wrote it. */
function placeLabel(key: string | null, claims: readonly Claim[]): string | null {
  if (!key) return null;
  const row = ENTITIES.find((e) => e.key === key);
  if (row) return row.label;
  return claims.find((c) => c.place?.name)?.place?.name ?? key.replace(/^place:/, '');
}

function groupLabel(c: Claim, where: string | null): string {
  const who = [c.subject?.kind, c.subject?.country ? `(${c.subject.country})` : null].filter(Boolean).join(' ');
  return `${MEASURE_LABEL[c.measure] ?? c.measure}${who ? `: ${who}` : ''}${where ? ` in ${where}` : ''}`;
}

export function analyze(articles: readonly AnalysisArticle[], opts: AnalyzeOptions = {}): Analysis {
  const ordered = chronological(articles);
  const seen = new Set<string>();
  for (const a of ordered) {
    if (seen.has(a.doc.id)) throw new Error(`analyze: duplicate document id "${a.doc.id}"`);
    seen.add(a.doc.id);
  }
  const rank = new Map(ordered.map((a, i) => [a.doc.id, i]));
  const order = (x: string, y: string) => rank.get(x)! - rank.get(y)!;

  const syndication = new SyndicationIndex(opts.syndication);
  const stories = new StoryIndex(opts.stories);
  for (const a of ordered) {
    // words and figures once per article, for both indexes (the text work is most of their cost)
    const text = prepareText(a.doc, a.claims);
    syndication.add(a.doc, a.claims, text);
    stories.add(a.doc, a.claims, text);
  }
  const groups = syndicationGroups(ordered, syndication.links(), opts.minPassageWords ?? 8);

  // syndicated articles tell the same story, whatever their words
  const storySets = new Sets();
  for (const a of ordered) storySets.union(a.doc.id, stories.storyOf(a.doc.id)!.slice(2), order);
  for (const g of groups) for (const id of g.articles.slice(1)) storySets.union(g.articles[0]!, id, order);

  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.articles.forEach((id) => groupOf.set(id, i)));
  const originalOf = (id: string) => {
    const g = groupOf.get(id);
    return g === undefined ? id : groups[g]!.articles[0]!;
  };

  const storyMembers = new Map<string, AnalysisArticle[]>();
  for (const a of ordered) {
    const root = storySets.find(a.doc.id);
    const list = storyMembers.get(root);
    if (list) list.push(a);
    else storyMembers.set(root, [a]);
  }

  const summaries: ArticleSummary[] = [];
  const storyList: Story[] = [];
  for (const [root, members] of storyMembers) {
    const id = `S-${root}`;
    const entries: { entry: LedgerEntry; claim: Claim }[] = [];
    for (const a of members) {
      const original = originalOf(a.doc.id);
      for (const c of a.claims) {
        const source = resolveSource(c.source, a.doc.outlet, a.doc.id);
        // an outlet's own voice in a copy is the voice of the original's outlet
        const independenceKey = source.kind === 'unattributed' ? `voice-of:${original}` : source.key;
        entries.push({
          claim: c,
          entry: {
            claim: c.id, doc: a.doc.id, outlet: a.doc.outlet, date: a.doc.publishedAt, text: c.text, value: c.value,
            source, independenceKey, syndicatedFrom: original === a.doc.id ? null : original,
            speech: c.speech, hedges: c.hedges, scope: c.scope, place: c.place,
          },
        });
      }
      summaries.push({
        id: a.doc.id, title: a.doc.title, outlet: a.doc.outlet, language: a.doc.language, publishedAt: a.doc.publishedAt,
        url: a.doc.url, story: id, syndicationGroup: groupOf.get(a.doc.id) ?? null, original, claims: a.claims.length,
      });
    }
    entries.sort((x, y) => byDate(x.entry, y.entry));
    const claimGroups: ClaimGroup[] = partitionComparable(entries, (e) => e.claim).map((set, i) => {
      const c = set.items[0]!.claim;
      const where = placeLabel(set.place, set.items.map((e) => e.claim));
      return reconcile(
        {
          id: `${id}/G${i + 1}`,
          label: groupLabel(c, where),
          measure: c.measure,
          subject: { country: c.subject?.country ?? null, kind: c.subject?.kind ?? null },
          place: where,
        },
        set.items.map((e) => e.entry),
      );
    });
    claimGroups.sort((a, b) => b.independentSources - a.independentSources || b.claims.length - a.claims.length);
    const dated = members.map((a) => a.doc.publishedAt).filter((d): d is string => !!d);
    storyList.push({
      id,
      title: members.find((a) => a.doc.title)?.doc.title ?? members[0]!.doc.id,
      articles: members.map((a) => a.doc.id),
      claimGroups,
      from: dated[0] ?? null,
      to: dated[dated.length - 1] ?? null,
      independentSources: new Set(members.map((a) => originalOf(a.doc.id))).size,
    });
  }
  storyList.sort((a, b) => b.articles.length - a.articles.length || order(a.articles[0]!, b.articles[0]!));
  const inputOrder = new Map(articles.map((a, i) => [a.doc.id, i]));
  summaries.sort((a, b) => inputOrder.get(a.id)! - inputOrder.get(b.id)!);
  return { articles: summaries, stories: storyList, syndication: groups };
}
