/**
 * StoryIndex: groups articles about the same event into stories, incrementally as they arrive.
 *
 * Each article is reduced to a consistent sample of its features (see `sample` and features.ts), indexed in
 * posting lists. A new article is compared only with the articles that share one of its features, found by
 * scanning those posting lists newest first up to a cap, and skipping features that occur in a large share of
 * the corpus; so the work per article is bounded and grouping is never all-pairs.
 * - same language: cosine similarity of the idf-weighted feature vectors, with at least one shared
 *   language-independent feature (a name, place or figure: articles on one event always share some);
 * - different languages: the weight of shared language-independent features (entities, names, figures)
 *   relative to the smaller article's, with at least `minSharedLi` of them, since their words never match.
 * An article joins the story of the best match above the threshold (single link; stories merge when an article
 * matches two strongly), and only articles within `windowDays` of each other are linked.
 * Document frequencies come from a count-min sketch, so memory does not grow with the vocabulary.
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { GrowableFloat64, PostingLists, UnionFind } from './buffers.js';
import { articleFeatures, type Feature } from './features.js';
import { fmix32, fnv1a32 } from './hash.js';

export interface StoryIndexOptions {
  /** features sampled per article and family: entities, figures, names, words */
  quota?: { e?: number; f?: number; n?: number; w?: number };
  /** cosine threshold for articles of one language */
  threshold?: number;
  /** overlap threshold for articles of different languages */
  crossThreshold?: number;
  minSharedLi?: number;
  /** only articles published within this many days of each other are linked */
  windowDays?: number;
  /** postings scanned per feature of the new article */
  scanLimit?: number;
  /** features in more than this share of the articles (once there are 50) are not used to find candidates */
  maxDfShare?: number;
  /** called for every scored pair (score 1 = at the threshold); for tuning and explanations */
  onScore?: (doc: string, earlier: string, score: number, crossLanguage: boolean) => void;
}

export interface StoryStats {
  docs: number;
  /** (new article, earlier article) pairs that were scored */
  comparisons: number;
  /** posting entries scanned */
  postingsScanned: number;
}

/** Count-min sketch of document frequencies: two rows of 2^20 counters (8 MB), over-counts only on collisions. */
class DfSketch {
  private readonly rows: Uint32Array[];
  private readonly mask: number;
  constructor(bits = 20) {
    this.rows = [new Uint32Array(1 << bits), new Uint32Array(1 << bits)];
    this.mask = (1 << bits) - 1;
  }
  add(h: number): void {
    this.rows[0]![h & this.mask]!++;
    this.rows[1]![fmix32(h) & this.mask]!++;
  }
  get(h: number): number {
    return Math.min(this.rows[0]![h & this.mask]!, this.rows[1]![fmix32(h) & this.mask]!);
  }
}

const PRIOR_DOCS = 50;
const LANG_CODE: Record<string, number> = { de: 1, en: 2 };

export class StoryIndex {
  private readonly quota: [string, number][];
  private readonly threshold: number;
  private readonly crossThreshold: number;
  private readonly minSharedLi: number;
  private readonly windowMs: number;
  private readonly scanLimit: number;
  private readonly maxDfShare: number;
  private readonly onScore: StoryIndexOptions['onScore'];
  private readonly df = new DfSketch();
  private readonly postings = new PostingLists(8192);
  private readonly times = new GrowableFloat64(1024);
  private norms = new Float32Array(1024);
  private liNorms = new Float32Array(1024);
  private langs = new Uint8Array(1024);
  private accDot = new Float64Array(1024);
  private accLi = new Float64Array(1024);
  private accCount = new Uint16Array(1024);
  private readonly uf = new UnionFind();
  private readonly ids: string[] = [];
  private readonly numberOf = new Map<string, number>();
  readonly stats: StoryStats = { docs: 0, comparisons: 0, postingsScanned: 0 };

  constructor(opts: StoryIndexOptions = {}) {
    const q = opts.quota ?? {};
    this.quota = [['e:', q.e ?? 12], ['f:', q.f ?? 8], ['n:', q.n ?? 8], ['w:', q.w ?? 24]];
    this.threshold = opts.threshold ?? 0.2;
    this.crossThreshold = opts.crossThreshold ?? 0.3;
    this.minSharedLi = opts.minSharedLi ?? 3;
    this.windowMs = (opts.windowDays ?? 4) * 86_400_000;
    this.scanLimit = opts.scanLimit ?? 400;
    this.maxDfShare = opts.maxDfShare ?? 0.2;
    this.onScore = opts.onScore;
  }

  /**
   * Smoothed idf: as if the corpus also held PRIOR_DOCS unrelated articles without the feature. Without the
   * prior, in a corpus of two articles every shared feature looks common and weighs a quarter of the rest,
   * so two reports of one event could never match; with it, the weights approach plain idf as the corpus grows.
   */
  private idf(h: number): number {
    const n = this.ids.length + 1 + PRIOR_DOCS;
    return Math.log(n / (this.df.get(h) + 0.5));
  }

  private ensureCapacity(n: number): void {
    if (n < this.norms.length) return;
    const cap = this.norms.length * 2;
    const grow = <T extends Float32Array | Uint8Array>(a: T, make: (c: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.norms = grow(this.norms, (c) => new Float32Array(c));
    this.liNorms = grow(this.liNorms, (c) => new Float32Array(c));
    this.langs = grow(this.langs, (c) => new Uint8Array(c));
    this.accDot = new Float64Array(cap);
    this.accLi = new Float64Array(cap);
    this.accCount = new Uint16Array(cap);
  }

  /**
   * The features an article is indexed and compared by: per family, the ones with the smallest hash values
   * (a bottom-k sample). Unlike a top tf·idf cut, which depends on what came before and favours the words an
   * article does NOT share, a hash sample is consistent: two near-identical articles sample nearly the same
   * features, so the sample estimates the overlap of the full feature sets (Broder's bottom-k sketch).
   */
  private sample(feats: { f: Feature; h: number }[]): { f: Feature; h: number }[] {
    const out: { f: Feature; h: number }[] = [];
    for (const [fam, k] of this.quota) {
      const of = feats.filter((x) => x.f.key.startsWith(fam)).sort((a, b) => fmix32(a.h) - fmix32(b.h));
      out.push(...of.slice(0, k));
    }
    return out;
  }

  /** Add an article and return the id of its story. Adding an id twice returns its story unchanged. */
  add(doc: Document, claims: readonly Claim[] = []): string {
    const known = this.numberOf.get(doc.id);
    if (known !== undefined) return this.storyId(known);
    const feats = articleFeatures(doc, claims).map((f) => ({ f, h: fnv1a32(f.key) }));
    for (const { h } of feats) this.df.add(h);

    const top = this.sample(feats).map(({ f, h }) => ({ f, h, idf: this.idf(h) }));

    const n = this.uf.add();
    this.ensureCapacity(n);
    const t = doc.publishedAt ? Date.parse(doc.publishedAt) : NaN;
    const lang = LANG_CODE[doc.language ?? ''] ?? 3;

    // binary weights idf·boost for the similarity: a feature's tf in the earlier article is not kept
    let norm = 0;
    let liNorm = 0;
    for (const x of top) {
      const w = x.idf * x.f.boost;
      norm += w * w;
      if (x.f.li) liNorm += w;
    }
    norm = Math.sqrt(norm);

    // accumulators indexed by article number (typed arrays, reset through the touched list)
    const dot = this.accDot;
    const liDot = this.accLi;
    const liCount = this.accCount;
    const touched: number[] = [];
    const total = this.ids.length;
    for (const x of top) {
      if (total >= 50 && this.df.get(x.h) > this.maxDfShare * total) continue;
      const list = this.postings.get(x.h);
      if (!list) continue;
      const w = x.idf * x.f.boost;
      let stale = 0;
      for (let i = list.length - 1, k = 0; i >= 0 && k < this.scanLimit; i--, k++) {
        const c = list.get(i);
        this.stats.postingsScanned++;
        // postings are in arrival order, which is roughly publication order: after a run of articles older than
        // the window, the rest of the list is older still (a tolerance keeps slightly out-of-order feeds working)
        const tc = this.times.get(c);
        if (!Number.isNaN(t) && !Number.isNaN(tc) && t - tc > this.windowMs) {
          if (++stale >= 16) break;
          continue;
        }
        stale = 0;
        if (dot[c] === 0) touched.push(c);
        dot[c] += w * w;
        if (x.f.li) {
          liDot[c] += w;
          liCount[c]++;
        }
      }
    }

    const matches: { c: number; score: number }[] = [];
    for (const c of touched) {
      const d = dot[c]!;
      this.stats.comparisons++;
      const tc = this.times.get(c);
      if (!Number.isNaN(t) && !Number.isNaN(tc) && Math.abs(t - tc) > this.windowMs) continue;
      let score: number;
      if (this.langs[c] === lang) {
        // words alone can coincide (small samples early in a stream); one shared name, place or figure is required
        score = liCount[c]! === 0 ? 0 : d / (norm * this.norms[c]! || 1) / this.threshold;
      } else {
        score = liCount[c]! < this.minSharedLi ? 0 : liDot[c]! / (Math.min(liNorm, this.liNorms[c]!) || 1) / this.crossThreshold;
      }
      this.onScore?.(doc.id, this.ids[c]!, score, this.langs[c] !== lang);
      if (score >= 1) matches.push({ c, score });
    }
    for (const c of touched) {
      dot[c] = 0;
      liDot[c] = 0;
      liCount[c] = 0;
    }
    matches.sort((a, b) => b.score - a.score);
    for (let i = 0; i < matches.length; i++) {
      // the best match decides the story; further stories are merged only on a strong match
      if (i === 0 || matches[i]!.score >= 1.5) this.uf.union(n, matches[i]!.c);
    }

    for (const x of top) this.postings.add(x.h, n);
    this.ids.push(doc.id);
    this.numberOf.set(doc.id, n);
    this.times.push(t);
    this.norms[n] = norm;
    this.liNorms[n] = liNorm;
    this.langs[n] = lang;
    this.stats.docs++;
    return this.storyId(n);
  }

  private storyId(n: number): string {
    return `S-${this.ids[this.uf.find(n)]}`;
  }

  /** The story of an article added before, or null. */
  storyOf(id: string): string | null {
    const n = this.numberOf.get(id);
    return n === undefined ? null : this.storyId(n);
  }

  /** All stories: story id → doc ids in insertion order. */
  stories(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const s = this.storyId(i);
      const list = out.get(s);
      if (list) list.push(this.ids[i]!);
      else out.set(s, [this.ids[i]!]);
    }
    return out;
  }

  get size(): number {
    return this.ids.length;
  }
}
