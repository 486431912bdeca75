/**
 * The persisted form of a story: what the analysis decided, not what can be derived from it again.
 *
 * A built story holds every claim of its articles as a ledger entry, and each claim group its timeline and its
 * contradiction and scope notes, which quote the claims' texts again (about 15 KB per article in JSON). The store
 * keeps every claim already, per article revision, so a persisted story keeps only
 * - the story's own fields and its articles,
 * - per claim group its head (id, label, measure, subject, place) and its claims as references (article, claim id)
 *   in ledger order,
 * - per article the revision of it the run read, which tells the reader which of the article's stored claim lists
 *   to cite (an article revised after the run keeps its older revisions' claims),
 * and the reader rebuilds the ledger entries from the referenced claims (`ledgerEntry`, the function the analysis
 * builds them with) and reconciles each group again (`reconcile` is a function of the group's head and entries in
 * order). What the reader gives is therefore byte-identical to the story the run built.
 */
import type { Claim } from '../core/claim.js';
import { reconcile } from './reconcile.js';
import { resolveSource } from './speakers.js';
import type { ArticleSummary, ClaimGroup, LedgerEntry, SourceRef, Story } from './types.js';

export const COMPACT_VERSION = 3;
/**
 * Version 2 pinned each article by a fingerprint of its ledger entries instead of its revision number: a run had to
 * stringify and hash every entry again. Bodies of version 2 are still read (a generation written before stays
 * current until the corpus changes).
 */
export const COMPACT_VERSION_FINGERPRINTED = 2;

export interface CompactGroup {
  id: string;
  label: string;
  measure: ClaimGroup['measure'];
  subject: ClaimGroup['subject'];
  place: string | null;
  /** the group's claims in ledger order, as pairs: index into the story's articles, claim id */
  claims: (number | string)[];
}

export interface CompactStory {
  v: typeof COMPACT_VERSION | typeof COMPACT_VERSION_FINGERPRINTED;
  id: string;
  title: string;
  articles: string[];
  from: string | null;
  to: string | null;
  independentSources: number;
  /** per article (same index as `articles`): the revision the run read (version 3) */
  revisions?: number[];
  /** per article (same index as `articles`): fingerprint of its ledger entries, in the order the groups cite them (version 2) */
  pins?: string[];
  groups: CompactGroup[];
}

/** What a ledger entry takes of its claim (its source comes resolved: see resolveSource). */
export type EntryClaim = Pick<Claim, 'id' | 'text' | 'value' | 'speech' | 'hedges' | 'scope' | 'place'>;

/** What a ledger entry takes of its article: its id, outlet and date, and its syndication original. */
export type EntryArticle = Pick<ArticleSummary, 'id' | 'outlet' | 'publishedAt' | 'original'>;

/**
 * A claim as a ledger entry of its article (the one place entries are made, for the analysis and the reader).
 * `original` is the first article of the article's syndication group, or the article itself.
 */
export function ledgerEntry(c: EntryClaim, a: EntryArticle, source: SourceRef): LedgerEntry {
  return {
    claim: c.id, doc: a.id, outlet: a.outlet, date: a.publishedAt, text: c.text, value: c.value, source,
    // an outlet's own voice in a copy is the voice of the original's outlet
    independenceKey: source.kind === 'unattributed' ? `voice-of:${a.original}` : source.key,
    syndicatedFrom: a.original === a.id ? null : a.original,
    speech: c.speech, hedges: c.hedges, scope: c.scope, place: c.place,
  };
}

/** 64 bits of two FNV-1a passes (different offset bases) over UTF-16 code units, as 16 hex digits. */
export function fingerprint(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** `story` in its compact form; `revisionOf` gives the revision of each of its articles that the run read. */
export function compactStory(story: Story, revisionOf: (id: string) => number): CompactStory {
  const at = new Map(story.articles.map((id, i) => [id, i]));
  const indexOf = (e: LedgerEntry) => {
    const i = at.get(e.doc);
    if (i === undefined) throw new Error(`compactStory: story ${story.id} cites claim ${e.claim} of "${e.doc}", not one of its articles`);
    return i;
  };
  return {
    v: COMPACT_VERSION,
    id: story.id, title: story.title, articles: story.articles, from: story.from, to: story.to, independentSources: story.independentSources,
    revisions: story.articles.map(revisionOf),
    groups: story.claimGroups.map((g) => ({
      id: g.id, label: g.label, measure: g.measure, subject: g.subject, place: g.place,
      claims: g.claims.flatMap((e) => [indexOf(e), e.claim]),
    })),
  };
}

/** The claims the story cites of one article, by claim id, in citation order (article index → claim ids). */
export function citedClaims(c: CompactStory): string[][] {
  const out: string[][] = c.articles.map(() => []);
  for (const g of c.groups) for (let k = 0; k < g.claims.length; k += 2) out[g.claims[k] as number]!.push(g.claims[k + 1] as string);
  return out;
}

/**
 * The claims of the revision of article `index` that the run read, from the article's stored claim lists (the
 * preferred, latest, first), or null when none is. A body of version 3 names the revision; one of version 2 is
 * matched by the fingerprint of the entries each list makes, which needs the claims it cites (`cited`). With a
 * single candidate there is nothing to choose.
 */
export function pinnedRevision(c: CompactStory, index: number, article: EntryArticle, cited: readonly string[], revisions: readonly { revision: number; claims: () => Claim[] }[]): Claim[] | null {
  if (revisions.length === 1) return revisions[0]!.claims();
  if (c.revisions) {
    const want = c.revisions[index];
    const hit = revisions.find((r) => r.revision === want);
    return hit ? hit.claims() : null;
  }
  for (const r of revisions) {
    const claims = r.claims();
    const byId = new Map(claims.map((x) => [x.id, x]));
    const entries: LedgerEntry[] = [];
    for (const id of cited) {
      const claim = byId.get(id);
      if (!claim) break;
      entries.push(ledgerEntry(claim, article, resolveSource(claim.source, article.outlet, article.id)));
    }
    if (entries.length === cited.length && fingerprint(JSON.stringify(entries)) === c.pins?.[index]) return claims;
  }
  return null;
}

/**
 * The story as the run built it, from its compact form, its articles' summaries and, per article, the claims of
 * the revision the run read. A cited claim that is missing (its revision re-extracted in place after the run, which
 * makes the store run a new analysis on its next read) is left out, and a group left without claims with it.
 */
export function expandStory(c: CompactStory, summaries: ReadonlyMap<string, EntryArticle>, claimsOf: (index: number) => readonly Claim[]): Story {
  const byId = c.articles.map((_, i) => new Map(claimsOf(i).map((x) => [x.id, x])));
  const article = c.articles.map((id) => {
    const a = summaries.get(id);
    if (!a) throw new Error(`story ${c.id}: article "${id}" has no summary in its generation`);
    return a;
  });
  const claimGroups: ClaimGroup[] = [];
  for (const g of c.groups) {
    const entries: LedgerEntry[] = [];
    for (let k = 0; k < g.claims.length; k += 2) {
      const i = g.claims[k] as number;
      const claim = byId[i]!.get(g.claims[k + 1] as string);
      if (claim) entries.push(ledgerEntry(claim, article[i]!, resolveSource(claim.source, article[i]!.outlet, article[i]!.id)));
    }
    if (entries.length > 0) claimGroups.push(reconcile({ id: g.id, label: g.label, measure: g.measure, subject: g.subject, place: g.place }, entries));
  }
  return { id: c.id, title: c.title, articles: c.articles, claimGroups, from: c.from, to: c.to, independentSources: c.independentSources };
}
