/**
 * StreamingAnalysis: syndication groups, stories and the reconciled claim ledger over a stream of articles fed
 * one at a time in publication order, without holding the corpus. `analyze(articles)` is a thin wrapper over it,
 * and the store feeds it page by page from the database.
 *
 * What it keeps per article is what the result is made of: id, title, outlet, language, date, url, and for each
 * claim its ledger entry plus the four fields that decide which claims are comparable (measure, subject, value,
 * place). Texts are not kept: the grouping indexes keep their own compact fingerprints, and the only part of the
 * result that needs texts is the evidence of a syndication group (shared passages, shared figures).
 *
 * That evidence is computed at the end from texts the caller reads again (`evidenceNeeded` / `addEvidence`),
 * rather than from texts kept in a sliding window: groups are the connected components of all links, so a group's
 * original and a member can be further apart than any link's time window (A-B six days apart, B-C six days: A's
 * text is needed with C's, twelve days on), and undated articles link across any distance. A window would either
 * have to be unbounded or give different evidence; re-reading only the syndicated articles is exact and bounded by
 * one group's texts at a time. The store reads them by id; the in-memory wrapper has them at hand.
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { articleFigures } from './figures.js';
import { passageIndex, sharedPassages } from './passages.js';
import { partitionComparable, type ComparableClaim } from './comparable.js';
import { reconcile, sortByDate, byWeight } from './reconcile.js';
import { resolveSource } from './speakers.js';
import { StoryIndex, type StoryIndexOptions } from './stories.js';
import { SyndicationIndex, type SyndicationInputConfig, type SyndicationLink, type SyndicationOptions } from './syndication.js';
import type { Analysis, AnalysisArticle, ArticleSummary, ClaimGroup, LedgerEntry, SharedPassage, SourceRef, Story, SyndicationGroup } from './types.js';
import { ledgerEntry, type EntryClaim } from './compact.js';
import { words } from './words.js';
import { articleInput, type ArticleInput } from './input.js';
import { ENTITIES } from './aliases.js';
import { publishedTime } from './published.js';

export { publishedTime } from './published.js';

export interface AnalyzeOptions {
  stories?: StoryIndexOptions;
  syndication?: SyndicationOptions;
  /** shortest shared passage reported as copy evidence, in words */
  minPassageWords?: number;
  /**
   * Keep nothing of an article but its id (false: keep its summary and ledger entries, the default). A lean stream
   * cannot finish(): the caller asks plan() for the stories' members and builds each story with buildStory() from
   * the articles it reads again, one story at a time (the store does: SqlStore.runAnalysis in src/store/sql-store.ts).
   */
  lean?: boolean;
}

/** What the stream decided, without the ledger: each story's members and the syndication groups. */
export interface AnalysisPlan {
  /** stories in result order (most articles first, then earliest first), each with its members in stream order */
  stories: { id: string; members: string[] }[];
  groups: SyndicationGroup[];
  /** index into `groups` of the article's syndication group, or undefined */
  groupOf: ReadonlyMap<string, number>;
  /** the article's number in the stream (publication order) */
  rank(id: string): number;
}


/** Union-find over strings; the root of a set is its member that comes first in `order`. */
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

/** Union-find over article numbers; the root of a set is its smallest number (its earliest article). */
function findRoot(parent: Int32Array, x: number): number {
  let r = x;
  while (parent[r]! !== r) r = parent[r]!;
  while (parent[x]! !== r) {
    const next = parent[x]!;
    parent[x] = r;
    x = next;
  }
  return r;
}

function unite(parent: Int32Array, a: number, b: number): void {
  const ra = findRoot(parent, a);
  const rb = findRoot(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

/** A claim as kept between `add` and `finish`: what its ledger entry is made of and what decides comparability. */
interface KeptClaim {
  claim: ComparableClaim;
  part: EntryClaim;
  source: SourceRef;
}

/** An article as kept between `add` and `finish`: everything of the result but its story and syndication. */
type KeptArticle = Pick<ArticleSummary, 'id' | 'title' | 'outlet' | 'language' | 'publishedAt' | 'url'> & { claims: KeptClaim[] };

/**
 * Equal small parts of claims as one object: every claim parsed from the store is a fresh tree, though most share
 * a scope ("unspecified", no dates), no hedges, a source and a subject with other claims. The ledger holds every
 * claim, so sharing them is most of what can be saved without changing the result (read-only: nothing in the
 * analysis or its readers mutates a ledger entry's parts).
 */
/** JSON writes NaN, ±Infinity as null and -0 as 0; as keys they must stay apart from null and 0. */
function exactNumbers(_key: string, v: unknown): unknown {
  return typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? { nonFinite: Object.is(v, -0) ? '-0' : String(v) } : v;
}

class Interner {
  private readonly seen = new Map<string, unknown>();
  /** at most this many distinct parts are remembered (each a few dozen bytes; beyond it parts are kept unshared) */
  private static readonly MAX = 200_000;
  share<T>(kind: string, x: T): T {
    if (x === null || typeof x !== 'object') return x;
    const key = kind + JSON.stringify(x, exactNumbers);
    const hit = this.seen.get(key);
    if (hit !== undefined) return hit as T;
    if (this.seen.size < Interner.MAX) this.seen.set(key, x);
    return x;
  }
}

const NO_SHARING: Pick<Interner, 'share'> = { share: <T>(_kind: string, x: T): T => x };

function keep(doc: Document, claims: readonly Claim[], parts: Pick<Interner, 'share'>): KeptArticle {
  return {
    id: doc.id, title: doc.title, outlet: doc.outlet, language: doc.language, publishedAt: doc.publishedAt, url: doc.url,
    claims: claims.map((c) => {
      const value = parts.share('v', c.value);
      const place = parts.share('p', c.place);
      return {
        claim: { measure: c.measure, subject: parts.share('s', c.subject), value, place },
        // the entry itself is made once the syndication groups are known (its independence depends on them)
        part: { id: c.id, text: c.text, value, speech: c.speech, hedges: parts.share('h', c.hedges), scope: parts.share('c', c.scope), place },
        source: parts.share('r', resolveSource(c.source, doc.outlet, doc.id)),
      };
    }),
  };
}

/** What a syndication group's evidence is made of from its texts and claims. */
export interface GroupEvidence {
  sharedPassages: SharedPassage[];
  sharedFigures: string[];
}

/** The evidence of a group from its articles, the original first (as evidenceNeeded() lists them). */
export function groupEvidence(docs: readonly AnalysisArticle[], minPassageWords: number): GroupEvidence {
  return { sharedPassages: passagesOf(docs, minPassageWords), sharedFigures: sharedFiguresOf(docs) };
}

/** Passages the original shares with each other article, merged by text so each passage lists all positions. */
function passagesOf(docs: readonly AnalysisArticle[], minWords: number): SharedPassage[] {
  const [orig, ...rest] = docs;
  if (!orig) return [];
  const ow = words(orig.doc.text, orig.doc.bodyStart);
  // the original's windows indexed once for all the group's other articles
  const index = passageIndex(ow, minWords);
  const byText = new Map<string, SharedPassage>();
  for (const other of rest) {
    for (const m of sharedPassages(ow, words(other.doc.text, other.doc.bodyStart), minWords, index)) {
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
function placeLabel(key: string | null, claims: readonly ComparableClaim[]): string | null {
  if (!key) return null;
  const row = ENTITIES.find((e) => e.key === key);
  if (row) return row.label;
  return claims.find((c) => c.place?.name)?.place?.name ?? key.replace(/^place:/, '');
}

function groupLabel(c: ComparableClaim, where: string | null): string {
  const who = [c.subject?.kind, c.subject?.country ? `(${c.subject.country})` : null].filter(Boolean).join(' ');
  return `${MEASURE_LABEL[c.measure] ?? c.measure}${who ? `: ${who}` : ''}${where ? ` in ${where}` : ''}`;
}

export class StreamingAnalysis {
  /** the grouping indexes, dropped at the end of the stream (their fingerprints are not part of the result) */
  private indexes: { syndication: SyndicationIndex; stories: StoryIndex } | null;
  /** per article (stream number), the number of the earliest article of its index story; set at the end of the stream */
  private storyRoots: Int32Array | null = null;
  private readonly minPassageWords: number;
  private readonly lean: boolean;
  /** doc ids in stream order */
  private readonly ids: string[] = [];
  /** per article in stream order, what the result is made of (empty when lean) */
  private readonly kept: KeptArticle[] = [];
  /** doc id → its number in the stream (publication order) */
  private readonly rank = new Map<string, number>();
  private lastTime = Number.NEGATIVE_INFINITY;
  /** the syndication groups, fixed by the first call of evidenceNeeded(); evidence filled by addEvidence() */
  private groups: SyndicationGroup[] | null = null;
  private readonly evidenceDone = new Set<number>();
  private parts = new Interner();

  constructor(opts: AnalyzeOptions = {}) {
    this.indexes = { syndication: new SyndicationIndex(opts.syndication), stories: new StoryIndex(opts.stories) };
    this.minPassageWords = opts.minPassageWords ?? 8;
    this.lean = opts.lean ?? false;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Has an article of this id been added? */
  has(id: string): boolean {
    return this.rank.has(id);
  }

  /**
   * Add the next article. Articles must come in publication order (unknown dates last): the indexes link each
   * article to earlier ones only, and a story's root is its earliest article.
   */
  add(a: AnalysisArticle): void {
    if (!this.indexes) throw new Error('StreamingAnalysis: add() after evidenceNeeded()');
    const { doc, claims } = a;
    this.index(articleInput(doc, claims, this.indexes.syndication.inputConfig));
    if (!this.lean) this.kept.push(keep(doc, claims, this.parts));
  }

  /** What articleInput() needs besides the article, for callers that compute inputs ahead (pool.ts). */
  get inputConfig(): SyndicationInputConfig {
    if (!this.indexes) throw new Error('StreamingAnalysis: inputConfig after evidenceNeeded()');
    return this.indexes.syndication.inputConfig;
  }

  /**
   * add() with the article's input computed already (articleInput with this stream's inputConfig). Only for a
   * lean stream: one that keeps summaries needs the article itself.
   */
  addInput(input: ArticleInput): void {
    if (!this.lean) throw new Error('StreamingAnalysis: addInput() needs a lean stream (a full one keeps what add() is given)');
    this.index(input);
  }

  private index(input: ArticleInput): void {
    if (!this.indexes) throw new Error('StreamingAnalysis: add() after evidenceNeeded()');
    const doc = input.meta;
    if (this.rank.has(doc.id)) throw new Error(`StreamingAnalysis: duplicate document id "${doc.id}"`);
    const t = publishedTime(doc);
    if (t < this.lastTime) {
      throw new Error(`StreamingAnalysis: "${doc.id}" (published ${doc.publishedAt}) comes after a later article; feed articles in publication order`);
    }
    this.lastTime = t;
    this.indexes.syndication.addInput(doc, input.syndication);
    this.indexes.stories.addInput(doc, input.story);
    this.rank.set(doc.id, this.ids.length);
    this.ids.push(doc.id);
  }

  private readonly order = (x: string, y: string): number => this.rank.get(x)! - this.rank.get(y)!;

  /**
   * After the last article: the syndication groups as doc ids, earliest (the presumed original) first. Each
   * group's evidence needs the texts and claims of its articles, given back through addEvidence(i, articles).
   */
  evidenceNeeded(): readonly (readonly string[])[] {
    if (this.indexes) this.endOfStream(this.indexes);
    return this.groups!.map((g) => g.articles);
  }

  /**
   * What the result needs of the indexes (the links' groups, each article's story root), then the indexes go:
   * the evidence and the ledger are built without them, so the memory peak is the result, not result + indexes.
   */
  private endOfStream(indexes: { syndication: SyndicationIndex; stories: StoryIndex }): void {
    this.groups = this.syndicationGroups(indexes.syndication.links());
    const roots = new Int32Array(this.ids.length);
    for (let i = 0; i < roots.length; i++) roots[i] = this.rank.get(indexes.stories.storyOf(this.ids[i]!)!.slice(2))!;
    this.storyRoots = roots;
    this.indexes = null;
    this.parts = new Interner();
  }

  /** Shared passages and figures of group `i` from its articles (any order; the stored texts and claims). */
  addEvidence(i: number, articles: readonly AnalysisArticle[]): void {
    const g = this.groups?.[i];
    if (!g) throw new Error(`StreamingAnalysis: no syndication group ${i} (call evidenceNeeded() first)`);
    const byId = new Map(articles.map((a) => [a.doc.id, a]));
    const docs = g.articles.map((id) => {
      const a = byId.get(id);
      if (!a) throw new Error(`StreamingAnalysis: evidence for syndication group ${i} lacks article "${id}"`);
      return a;
    });
    this.setEvidence(i, groupEvidence(docs, this.minPassageWords));
  }

  /** The words a shared passage must have at least (what groupEvidence() is given for this stream). */
  get passageWords(): number {
    return this.minPassageWords;
  }

  /**
   * addEvidence() with the evidence computed already: groupEvidence() of the group's articles in the order
   * evidenceNeeded() lists them (on a worker thread: see pool.ts).
   */
  setEvidence(i: number, evidence: GroupEvidence): void {
    const g = this.groups?.[i];
    if (!g) throw new Error(`StreamingAnalysis: no syndication group ${i} (call evidenceNeeded() first)`);
    g.evidence.sharedPassages = evidence.sharedPassages;
    g.evidence.sharedFigures = evidence.sharedFigures;
    this.evidenceDone.add(i);
  }

  /**
   * Group `i` with its evidence, which the stream then forgets (shared passages are most of a group's size): a
   * lean caller writes each group away as soon as its evidence is made. The group's articles and kind stay.
   */
  releaseGroup(i: number): SyndicationGroup {
    const g = this.groups?.[i];
    if (!g || !this.evidenceDone.has(i)) throw new Error(`StreamingAnalysis: syndication group ${i} has no evidence (addEvidence)`);
    const full: SyndicationGroup = { ...g, evidence: { ...g.evidence } };
    g.evidence = { sharedPassages: [], sharedFigures: [], sharedSpeakers: [], links: [] };
    return full;
  }

  /** Evidence for every group from a synchronous reader of articles by id (texts at hand in memory). */
  addAllEvidence(read: (ids: readonly string[]) => readonly AnalysisArticle[]): void {
    this.evidenceNeeded().forEach((ids, i) => this.addEvidence(i, read(ids)));
  }

  /**
   * Syndication groups: the connected components of all links, so each article is in at most one group. A group
   * is a 'copy' group when all its links are copies, else a 'rewrite' group that lists its copy subgroups
   * (components of its copy links) in `copies`: a wire, its reprint and its translation give one rewrite group
   * [wire, reprint, translation] with copies [[wire, reprint]], and the evidence of every link. Passages and
   * figures are left empty here (they need the texts: addEvidence).
   */
  private syndicationGroups(links: readonly SyndicationLink[]): SyndicationGroup[] {
    const order = this.order;
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
      return {
        articles: ids,
        kind,
        copies: kind === 'rewrite' ? components(groupLinks.filter((l) => l.kind === 'copy')) : [],
        evidence: {
          sharedPassages: [],
          sharedFigures: [],
          sharedSpeakers: [...new Set(groupLinks.flatMap((l) => l.sharedSpeakers))].sort(),
          links: groupLinks.map((l) => ({ a: l.a, b: l.b, kind: l.kind, similarity: l.similarity, reason: l.reason })),
        },
      };
    });
  }

  /**
   * The stories (members in stream order, stories in result order) and the syndication groups. Every syndication
   * group must have its evidence by now. Stories are the index's stories, joined where articles are syndicated
   * (copies tell the same story, whatever their words).
   */
  plan(): AnalysisPlan {
    this.evidenceNeeded();
    const groups = this.groups!;
    for (let i = 0; i < groups.length; i++) {
      if (!this.evidenceDone.has(i)) throw new Error(`StreamingAnalysis: syndication group ${i} has no evidence (addEvidence)`);
    }
    const n = this.ids.length;
    const rankOf = (id: string) => this.rank.get(id)!;
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    const storyRoots = this.storyRoots!;
    for (let i = 0; i < n; i++) unite(parent, i, storyRoots[i]!);
    for (const g of groups) for (const id of g.articles.slice(1)) unite(parent, rankOf(g.articles[0]!), rankOf(id));

    const groupOf = new Map<string, number>();
    groups.forEach((g, i) => g.articles.forEach((id) => groupOf.set(id, i)));

    // members of each story in stream order, stories in the order of their earliest article (their root)
    const roots: number[] = [];
    const members = new Map<number, string[]>();
    for (let i = 0; i < n; i++) {
      const r = findRoot(parent, i);
      const list = members.get(r);
      if (list) list.push(this.ids[i]!);
      else {
        members.set(r, [this.ids[i]!]);
        roots.push(r);
      }
    }
    const stories = roots.map((root) => ({ id: `S-${this.ids[root]!}`, members: members.get(root)! }));
    stories.sort((a, b) => b.members.length - a.members.length || rankOf(a.members[0]!) - rankOf(b.members[0]!));
    return { stories, groups, groupOf, rank: rankOf };
  }

  /**
   * Stories and the ledger. Articles come out in stream order (the caller may reorder them); stories with the
   * most articles first. Every syndication group must have its evidence by now.
   */
  finish(): Analysis {
    if (this.lean) throw new Error('StreamingAnalysis: a lean stream has no ledger to finish(); use plan() and buildStory()');
    const plan = this.plan();
    const summaries: ArticleSummary[] = new Array(this.ids.length);
    const storyList: Story[] = [];
    for (const s of plan.stories) {
      const built = assembleStory(s.id, s.members.map((id) => this.kept[plan.rank(id)]!), (id) => memberLink(plan, id));
      for (const a of built.articles) summaries[plan.rank(a.id)] = a;
      storyList.push(built.story);
    }
    return { articles: summaries, stories: storyList, syndication: plan.groups };
  }
}

/** What building a story needs of the plan for one member: its syndication group, if any, and that group's original. */
export interface MemberLink {
  group: number | null;
  original: string;
}

export function memberLink(plan: Pick<AnalysisPlan, 'groups' | 'groupOf'>, id: string): MemberLink {
  const g = plan.groupOf.get(id);
  return g === undefined ? { group: null, original: id } : { group: g, original: plan.groups[g]!.articles[0]! };
}

/**
 * One story of a plan from its articles (texts are not needed; claims are), as finish() makes it: the lean
 * stream's caller reads a story's articles again and builds it alone, so only one story is held at a time.
 */
export function buildStory(plan: AnalysisPlan, story: { id: string; members: readonly string[] }, articles: readonly AnalysisArticle[]): { story: Story; articles: ArticleSummary[] } {
  const byId = new Map(articles.map((a) => [a.doc.id, a]));
  return buildStoryOf(story.id, story.members.map((id) => {
    const article = byId.get(id);
    if (!article) throw new Error(`buildStory: story ${story.id} lacks article "${id}"`);
    return { article, link: memberLink(plan, id) };
  }));
}

/**
 * buildStory() without the plan (on a worker thread: see pool.ts): the members in the story's order, each with
 * its link to the plan.
 */
export function buildStoryOf(id: string, members: readonly { article: AnalysisArticle; link: MemberLink }[]): { story: Story; articles: ArticleSummary[] } {
  const links = new Map(members.map((m) => [m.article.doc.id, m.link]));
  // one story's claims live only until its rows are written: sharing their parts would cost more than it saves
  const mine = members.map((m) => keep(m.article.doc, m.article.claims, NO_SHARING));
  return assembleStory(id, mine, (x) => links.get(x)!);
}

function assembleStory(id: string, mine: readonly KeptArticle[], linkOf: (id: string) => MemberLink): { story: Story; articles: ArticleSummary[] } {
  const originalOf = (doc: string) => linkOf(doc).original;
  const summaries: ArticleSummary[] = [];
  const entries: { claim: ComparableClaim; entry: LedgerEntry }[] = [];
  for (const a of mine) {
    const original = originalOf(a.id);
    const article = { id: a.id, outlet: a.outlet, publishedAt: a.publishedAt, original };
    for (const k of a.claims) entries.push({ claim: k.claim, entry: ledgerEntry(k.part, article, k.source) });
    summaries.push({
      id: a.id, title: a.title, outlet: a.outlet, language: a.language, publishedAt: a.publishedAt,
      url: a.url, story: id, syndicationGroup: linkOf(a.id).group, original, claims: a.claims.length,
    });
  }
  const claimGroups: ClaimGroup[] = partitionComparable(sortByDate(entries, (e) => e.entry), (e) => e.claim).map((set, i) => {
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
  claimGroups.sort(byWeight);
  const dated = mine.map((a) => a.publishedAt).filter((d): d is string => !!d);
  return {
    story: {
      id,
      title: mine.find((a) => a.title)?.title ?? mine[0]!.id,
      articles: mine.map((a) => a.id),
      claimGroups,
      from: dated[0] ?? null,
      to: dated[dated.length - 1] ?? null,
      independentSources: new Set(mine.map((a) => originalOf(a.id))).size,
    },
    articles: summaries,
  };
}
