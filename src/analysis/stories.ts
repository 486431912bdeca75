/**
 * StoryIndex: groups articles about the same event into stories, incrementally as they arrive.
 *
 * Each article is reduced to its keywords: per feature family (see features.ts) the features with the
 * highest tf · idf (repeated words are what an article is about; ranking by damped tf would pick the words
 * the article does not share with its follow-ups), weighted (1 + ln tf) · idf · the family's boost (places, entities, speakers and names above plain
 * words, figures low since follow-ups report new ones). The keywords are indexed in weighted posting lists; a
 * new article is scored only against the articles that share one of its language-independent keywords that is
 * not frequent in the time window (`markLimit`; a big city or a round figure names no event), found by scanning
 * those lists newest first up to a cap and within the window; plain words and frequent keywords only add to the
 * scores of those candidates, and keywords in a large share of the corpus are skipped; so the work per article is
 * bounded by the window's keyword frequencies, not the corpus size, and grouping is never all-pairs (see
 * findCandidates).
 * - same language: cosine similarity of the keyword vectors, with at least one shared language-independent
 *   feature (a name, place, speaker or figure: articles on one event always share some);
 * - different languages: the weighted overlap of the language-independent keywords relative to the smaller
 *   article's, with at least `minSharedLi` of them, since their words never match.
 * Linkage: an article joins the story with the best aggregated score (its best match plus 0.75 of the second
 * and 0.56 of the third match in that story, so a follow-up that resembles several articles of a developing
 * story moderately is held by all of them); a second story is merged only when the article's aggregated score
 * for it reaches `mergeScore` (3: several strong matches), so one article mentioning two events does not chain
 * them (a lower value chained unrelated same-day stories of one kind in the generated corpus). Only articles within `windowDays`
 * of each other are compared; a story lasts as long as its follow-ups keep coming.
 * What keeps stories apart as the corpus grows (many same-kind events in one region inside the window; at 10k
 * generated articles unbounded chains joined ~20 election stories of several countries into one): a pair
 * lowered by a place conflict (none of the earlier article's places mentioned) or an event conflict does not
 * add up with other pairs unless it passes the bar alone; places a place noun introduces once ("in der Gegend
 * um X") count for that conflict; two stories merge only when their profiles share a place (or one of them names
 * none) and their event kinds agree; and one article merges at most `maxMerges` further stories.
 * Time (at 20k–50k generated articles a story chained one town's attacks or elections over weeks, growing to
 * 200–1,500 articles while no true story passes ~75): evidence from a member published long before its story's
 * latest article fades, and a story silent for longer than its own pace (a few of its mean gaps) no longer takes
 * articles on moderate evidence; both fade only after `freshDays` plus the story's pace, so a story reported once a
 * day keeps week-old follow-ups (see freshDays, halfLifeDays, silentGaps).
 * Keywords are chosen with the idf of the corpus seen so far, and document frequencies come from a count-min
 * sketch, so memory does not grow with the vocabulary; postings older than twice the window are swept, and with
 * them the per-article data only scoring reads (places, names, norms, language, event kind: nothing reaches an
 * article once its postings are gone), so memory follows the window, not the stream. What stays per article for
 * the whole stream is its id, number and union-find slot: every article's story is the result.
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { GrowableFloat64, GrowableUint32, shift, UnionFind, WeightedPostingLists } from './buffers.js';
import { articleFeatures, BOOST, placeMentions, prepareText, type Feature, type Family, type PreparedText } from './features.js';
import type { ArticleMeta } from './types.js';
import { dominantEvent } from './events.js';
import { fmix32, fnv1a32 } from './hash.js';

export interface StoryIndexOptions {
  /** keywords kept per article and feature family */
  quota?: Partial<Record<Family, number>>;
  /** cosine (of keyword vectors) from which two articles of one language are about one event */
  threshold?: number;
  /** overlap threshold for articles of different languages */
  crossThreshold?: number;
  minSharedLi?: number;
  /** only articles published within this many days of each other are linked */
  windowDays?: number;
  /** postings scanned per keyword of the new article */
  scanLimit?: number;
  /** keywords in more than this share of the articles (once there are 50) are not used to find candidates */
  maxDfShare?: number;
  /**
   * A language-independent keyword in more than this many articles of the window before the new one finds no
   * candidates; it still adds to the scores of articles found through other keywords. A big city, a round figure,
   * the ministry every story of a region quotes: such a keyword says nothing about which event an article is
   * about, and its long list made most of the comparisons (Infinity: every keyword finds candidates).
   */
  markLimit?: number;
  /** aggregated score (1 = threshold) from which an article merges a second story into its own */
  mergeScore?: number;
  /**
   * further stories one article may merge into its own (1): an article that resembles many stories at once is
   * more likely generic than the missing link between them, and unbounded merges chained same-kind stories of
   * one region into one at 10k articles
   */
  maxMerges?: number;
  /**
   * factor on the score when the earlier article names places and the new one mentions none of them (two
   * elections, two floods in two towns: their words match, their places do not)
   */
  placePenalty?: number;
  /**
   * factor on the score when the two sides are mostly about different kinds of event (a protest and a budget
   * in one region, with the same mayor and the same capital)
   */
  eventPenalty?: number;
  /**
   * cosine of an article's keywords with a large story's profile from which it joins the story; a story of
   * one article asks for `threshold` (its profile is that article), and the bar rises towards this one as the
   * story grows, since a profile that averages many reports of one event resembles each of them more
   */
  profileThreshold?: number;
  /** an article whose pairs reach a story joins it unless its profile score (1 = at the bar) is below this */
  profileVeto?: number;
  /** how fast the bar rises: threshold + (profileThreshold - threshold) · (1 - 1 / n^profileGrowth) */
  profileGrowth?: number;
  /**
   * A story is judged by its recent front. Evidence from a member published more than `freshDays` (2.5) before the
   * story's latest article fades with half-life `halfLifeDays` (1; Infinity turns fading off): a developing
   * story's follow-ups resemble its latest reports, while an article that only resembles members from days
   * before is more likely a new event of the same kind in the same place (the second attack, the next election
   * night), and without the fade such articles chained consecutive same-city stories into one of thousands.
   */
  freshDays?: number;
  halfLifeDays?: number;
  /**
   * A story of 3 or more articles that has been silent for longer than this many of its own mean gaps between
   * articles (and than `freshDays`) no longer absorbs articles on moderate evidence: its profile score fades with
   * the extra silence, at `halfLifeDays`. A story of one or two articles has no rhythm yet and never fades this way.
   */
  silentGaps?: number;
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
const DEFAULT_QUOTA: Record<Family, number> = { w: 30, n: 12, e: 8, p: 6, s: 6, f: 8 };
const SWEEP_EVERY = 4096;
/** keywords with postings in the window that find candidates for every article, however frequent (see markingKeys) */
const MIN_MARKING = 2;
/** weight of the second and (squared) third best match when an article's scores against one story are summed */
const SECOND_MATCH = 0.75;

interface Keyword {
  h: number;
  w: number;
  li: boolean;
}

/**
 * What a story is about: the summed keyword weights of its articles (at most PROFILE_CAP kept, the heaviest,
 * so the features every article repeats stay and one article's stray words fall out: the profile cannot drift
 * far from what most of its articles say), its places with counts, its languages and its latest time.
 */
interface Profile {
  w: Map<number, number>;
  li: Set<number>;
  places: Map<number, number>;
  /** every name any of its articles mentions (for: does the story know the place this article is about?) */
  names: Set<number>;
  /** event kind → number of its articles mainly about it */
  events: Map<number, number>;
  langs: number;
  n: number;
  first: number;
  last: number;
  norm: number;
  liSum: number;
}

const PROFILE_CAP = 120;
const PROFILE_PLACES = 8;

export class StoryIndex {
  private readonly quota: [Family, number][];
  private readonly threshold: number;
  private readonly crossThreshold: number;
  private readonly minSharedLi: number;
  private readonly windowMs: number;
  private readonly scanLimit: number;
  private readonly maxDfShare: number;
  private readonly markLimit: number;
  /** number of the first article inside the window before the latest added (see inWindow) */
  private windowFirst = 0;
  private readonly mergeScore: number;
  private readonly maxMerges: number;
  private readonly placePenalty: number;
  private readonly eventPenalty: number;
  private readonly freshMs: number;
  private readonly halfLifeMs: number;
  private readonly silentGaps: number;
  /**
   * Per article still reachable through the postings (number - `base`): the arrays below and times, norms,
   * liNorms, langs, events and the accumulators. Articles before `base` are swept (see sweep()).
   */
  private base = 0;
  /** per article: offset into placeHashes, where [count, ...hashes of its places] are stored */
  private readonly placeOffset = new GrowableUint32(1024);
  private readonly placeHashes = new GrowableUint32(4096);
  /** per article: offset into nameHashes, where [count, ...sorted hashes] of the names it mentions anywhere are stored */
  private readonly nameOffset = new GrowableUint32(1024);
  private readonly nameHashes = new GrowableUint32(16384);
  private readonly onScore: StoryIndexOptions['onScore'];
  /**
   * The fade and the place and event penalties only lower a pair's score (factors <= 1), so a pair scoring below
   * the bar before them can be dropped unscored; not when every score is reported (onScore) or an option raises.
   */
  private readonly lowersOnly: boolean;
  private readonly df = new DfSketch();
  private readonly postings = new WeightedPostingLists();
  private readonly times = new GrowableFloat64(1024);
  private norms = new Float32Array(1024);
  private liNorms = new Float32Array(1024);
  private langs = new Uint8Array(1024);
  private events = new Uint8Array(1024);
  private accDot = new Float64Array(1024);
  private accLi = new Float64Array(1024);
  private accCount = new Uint16Array(1024);
  /** per article: found through a language-independent keyword of the new article (see findCandidates) */
  private accMark = new Uint8Array(1024);
  /** the smallest article number marked for the article being added */
  private oldestMarked = Infinity;
  private readonly uf = new UnionFind();
  /** story root → profile, for stories with an article inside the sweep horizon */
  private readonly profiles = new Map<number, Profile>();
  private readonly profileThreshold: number;
  private readonly growth: number;
  private readonly veto: number;
  private readonly ids: string[] = [];
  private readonly numberOf = new Map<string, number>();
  /** postings of articles before this number have been swept */
  private firstKept = 0;
  private latest = Number.NEGATIVE_INFINITY;
  readonly stats: StoryStats = { docs: 0, comparisons: 0, postingsScanned: 0 };

  constructor(opts: StoryIndexOptions = {}) {
    const q = { ...DEFAULT_QUOTA, ...opts.quota };
    this.quota = (Object.keys(DEFAULT_QUOTA) as Family[]).map((f) => [f, q[f]]);
    this.threshold = opts.threshold ?? 0.2;
    this.crossThreshold = opts.crossThreshold ?? 0.3;
    this.minSharedLi = opts.minSharedLi ?? 3;
    this.windowMs = (opts.windowDays ?? 7) * 86_400_000;
    this.scanLimit = opts.scanLimit ?? 200;
    this.maxDfShare = opts.maxDfShare ?? 0.05;
    this.markLimit = opts.markLimit ?? 40;
    this.mergeScore = opts.mergeScore ?? 3;
    this.maxMerges = opts.maxMerges ?? 1;
    this.placePenalty = opts.placePenalty ?? 0.25;
    this.eventPenalty = opts.eventPenalty ?? 0.25;
    this.freshMs = (opts.freshDays ?? 2.5) * 86_400_000;
    this.halfLifeMs = (opts.halfLifeDays ?? 1) * 86_400_000;
    this.silentGaps = opts.silentGaps ?? 3;
    this.profileThreshold = opts.profileThreshold ?? 0.2;
    this.growth = opts.profileGrowth ?? 1;
    this.veto = opts.profileVeto ?? 0.5;
    this.onScore = opts.onScore;
    this.lowersOnly = !this.onScore && this.placePenalty <= 1 && this.eventPenalty <= 1 && this.halfLifeMs >= 0;
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
    this.events = grow(this.events, (c) => new Uint8Array(c));
    this.allocateAccumulators(cap);
  }

  /** Fresh (all-zero) per-article accumulators for `cap` held articles: what findCandidates() sums into. */
  private allocateAccumulators(cap: number): void {
    this.accDot = new Float64Array(cap);
    this.accLi = new Float64Array(cap);
    this.accCount = new Uint16Array(cap);
    this.accMark = new Uint8Array(cap);
  }

  /**
   * The keywords of an article: per family the `quota` features with the highest tf · idf, weighted
   * (1 + ln tf) · idf · the family boost. Ties are broken by hash, so the choice does not depend on the order of the text.
   */
  private keywords(input: StoryInput): Keyword[] {
    const { families, tf, hashes } = input;
    const byFamily = new Map<string, { h: number; w: number; rank: number; li: boolean }[]>();
    for (let i = 0; i < hashes.length; i++) {
      const fam = families[i]! as Family;
      const h = hashes[i]!;
      let list = byFamily.get(fam);
      if (!list) byFamily.set(fam, (list = []));
      const idf = this.idf(h);
      list.push({ h, w: (1 + Math.log(tf[i]!)) * idf * BOOST[fam], rank: tf[i]! * idf, li: fam !== 'w' });
    }
    const out: Keyword[] = [];
    for (const [fam, k] of this.quota) {
      const list = byFamily.get(fam);
      if (!list) continue;
      if (list.length > k) list.sort((a, b) => b.rank - a.rank || fmix32(a.h) - fmix32(b.h));
      for (let i = 0; i < Math.min(k, list.length); i++) out.push(list[i]!);
    }
    return out;
  }

  /**
   * The earlier articles that share a keyword with the new one, each once, in the order they were first met, with
   * their weighted dot products summed in the accumulators (reset by the caller through the returned list). Each
   * keyword's postings are scanned newest first, up to `scanLimit` and within the time window; keywords in more
   * than `maxDfShare` of the corpus are skipped.
   * A pair scores only with a shared language-independent keyword (see add()), so those keywords are scanned
   * first to mark the candidates, and plain words then add only to marked ones: the same sums in the same order
   * for every pair that can score, without the articles that share nothing but common words (whose score, 0, is
   * not reported to onScore either). Keywords frequent in the window (`markLimit`) mark nothing and add only.
   */
  private findCandidates(top: readonly Keyword[], t: number): number[] {
    const touched: number[] = [];
    const total = this.ids.length;
    const use = top.map((x) => !(total >= 50 && this.df.get(x.h) > this.maxDfShare * total));
    const marking = this.markingKeys(top, use, t);
    this.oldestMarked = Infinity;
    for (let j = 0; j < top.length; j++) if (marking[j]) this.scanKey(top[j]!, t, touched, 0);
    for (let j = 0; j < top.length; j++) if (use[j]) this.scanKey(top[j]!, t, touched, marking[j] ? 1 : 2);
    return touched;
  }

  /**
   * Which keywords find candidates: the language-independent ones in at most `markLimit` articles of the window,
   * and, when fewer than MIN_MARKING of those have any posting there, also the rarest of the frequent ones up to
   * that number: an article of a large running story whose names all recur in hundreds of reports must still
   * find its story.
   */
  private markingKeys(top: readonly Keyword[], use: readonly boolean[], t: number): boolean[] {
    const marking = top.map((x, j) => use[j]! && x.li);
    if (this.markLimit === Infinity) return marking;
    const counts = top.map((x, j) => (marking[j] ? this.inWindow(x.h, t) : 0));
    let found = 0;
    const frequent: number[] = [];
    for (let j = 0; j < top.length; j++) {
      if (!marking[j]) continue;
      if (counts[j]! > this.markLimit) {
        marking[j] = false;
        frequent.push(j);
      } else if (counts[j]! > 0) found++;
    }
    if (found < MIN_MARKING && frequent.length > 0) {
      frequent.sort((a, b) => counts[a]! - counts[b]! || a - b);
      for (let i = 0; i < frequent.length && found < MIN_MARKING; i++, found++) marking[frequent[i]!] = true;
    }
    return marking;
  }

  /**
   * How many articles inside the window before time t (roughly: counted from the first article published
   * within it, in arrival order) carry keyword h: exact when more than `markLimit`, else a number from 1 to
   * `markLimit` (0 when none), which is all markingKeys() asks. Posting lists hold article numbers in increasing order.
   */
  private inWindow(h: number, t: number): number {
    const list = this.postings.get(h);
    if (!list) return 0;
    const b = this.base;
    if (this.windowFirst < b) this.windowFirst = b;
    const times = this.times.data;
    const end = this.ids.length;
    // times that are missing (NaN) or before the window are passed
    while (this.windowFirst < end && !(times[this.windowFirst - b]! >= t - this.windowMs) && !Number.isNaN(t)) this.windowFirst++;
    const first = this.windowFirst;
    const docs = list.docs.data;
    const n = list.docs.length;
    const limit = this.markLimit;
    if (n === 0 || docs[n - 1]! < first) return 0;
    if (n <= limit || docs[n - 1 - limit]! < first) return Math.min(n, limit);
    let lo = 0;
    let hi = n - 1 - limit;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    return n - lo;
  }

  /**
   * Scan one keyword's postings newest first (up to `scanLimit`, stopping after a run of articles older than the
   * window). mode 0: mark the articles; 1: add the keyword's products to every article; 2: only to marked ones.
   */
  private scanKey(x: Keyword, t: number, touched: number[], mode: 0 | 1 | 2): void {
    const list = this.postings.get(x.h);
    if (!list) return;
    const b = this.base;
    const hasTime = !Number.isNaN(t);
    const times = this.times.data;
    const docs = list.docs.data;
    const weights = list.weights.data;
    const dot = this.accDot;
    const liDot = this.accLi;
    const liCount = this.accCount;
    const mark = this.accMark;
    let stale = 0;
    let k = 0;
    for (let i = list.docs.length - 1; i >= 0 && k < this.scanLimit; i--, k++) {
      const c = docs[i]!;
      // postings are in arrival order, which is roughly publication order: after a run of articles older than
      // the window, the rest of the list is older still (a tolerance keeps slightly out-of-order feeds working)
      const tc = times[c - b]!;
      if (hasTime && !Number.isNaN(tc) && t - tc > this.windowMs) {
        if (++stale >= 16) {
          k++;
          break;
        }
        continue;
      }
      stale = 0;
      const a = c - b;
      if (mode === 0) {
        mark[a] = 1;
        if (c < this.oldestMarked) this.oldestMarked = c;
        continue;
      }
      if (mode === 2 && mark[a] === 0) {
        // article numbers fall along the scan: past the oldest marked article, nothing marked is left
        if (c < this.oldestMarked) {
          k++;
          break;
        }
        continue;
      }
      if (dot[a] === 0 && liCount[a] === 0) touched.push(c);
      const wc = weights[i]!;
      dot[a] += x.w * wc;
      if (x.li) {
        liDot[a] += Math.min(x.w, wc);
        liCount[a]++;
      }
    }
    this.stats.postingsScanned += k;
  }

  /**
   * Add an article and return the id of its story. Adding an id twice returns its story unchanged.
   * `prepared` (the article's words and figures) may be passed when the caller has computed them already.
   */
  add(doc: Document, claims: readonly Claim[] = [], prepared?: PreparedText): string {
    const known = this.numberOf.get(doc.id);
    if (known !== undefined) return this.storyId(known);
    return this.addInput(doc, storyInput(doc, claims, prepared ?? prepareText(doc, claims)));
  }

  /** add() with the article's input computed already (storyInput). */
  addInput(doc: ArticleMeta, input: StoryInput): string {
    const known = this.numberOf.get(doc.id);
    if (known !== undefined) return this.storyId(known);
    const { hashes, places, named, names, event } = input;
    for (const h of hashes) this.df.add(h);
    const top = this.keywords(input);
    const present = new Set(hashes);

    const n = this.uf.add();
    const b = this.base;
    this.ensureCapacity(n - b);
    const t = doc.publishedAt ? Date.parse(doc.publishedAt) : NaN;
    const lang = LANG_CODE[doc.language ?? ''] ?? 3;

    let norm = 0;
    let liNorm = 0;
    for (const x of top) {
      norm += x.w * x.w;
      if (x.li) liNorm += x.w;
    }
    norm = Math.sqrt(norm);

    const touched = this.findCandidates(top, t);
    const dot = this.accDot;
    const liDot = this.accLi;
    const liCount = this.accCount;
    const total = this.ids.length;
    const hasTime = !Number.isNaN(t);

    // score each candidate, then aggregate per story: best + second / 2 + third / 4
    const perStory = new Map<number, number[]>();
    const maxPlaceDf = Math.max(20, 0.05 * total);
    const rarest = this.rarestPlaces(places, maxPlaceDf);
    // per candidate story, what its fade needs of its profile (profiles do not change while candidates are scored)
    const paceOf = new Map<number, { last: number; rhythm: number } | null>();
    // what the place tests ask of a hash, asked once per article: bit 1 = frequent enough to say nothing (see
    // placesMissing), bit 2 = the new article mentions it (document frequencies do not change while it is scored)
    const placeCodes = new Map<number, number>();
    const placeCode = (h: number): number => {
      let code = placeCodes.get(h);
      if (code === undefined) placeCodes.set(h, (code = (this.df.get(h) <= maxPlaceDf ? 1 : 0) | (present.has(h) ? 2 : 0)));
      return code;
    };
    const ep = this.eventPenalty;
    const pp = this.placePenalty;
    for (const c of touched) {
      this.stats.comparisons++;
      const i = c - b;
      const tc = this.times.data[i]!;
      if (hasTime && !Number.isNaN(tc) && Math.abs(t - tc) > this.windowMs) continue;
      let score: number;
      if (this.langs[i] === lang) {
        // words alone can coincide; one shared name, place, speaker or figure is required
        score = liCount[i]! === 0 ? 0 : dot[i]! / (norm * this.norms[i]! || 1) / this.threshold;
      } else {
        score = liCount[i]! < this.minSharedLi ? 0 : liDot[i]! / (Math.min(liNorm, this.liNorms[i]!) || 1) / this.crossThreshold;
      }
      // every factor below only lowers a score (see `lowersOnly`): a pair already below the bar stays below it
      if (score < 0.25 && this.lowersOnly) continue;
      // the conflicts first, cheapest first: with the fade left out they bound the final score from above (each
      // factor is <= 1 and rounding is monotone), so a pair they sink is dropped before its story is looked up
      const eventConflict = event !== 0 && this.events[i] !== 0 && this.events[i] !== event;
      if (eventConflict && this.lowersOnly && score * ep < 1) continue;
      const placeConflict = named.length > 0 && this.placesMissing(c, placeCode);
      // weaker evidence (the rarest place may be where a source spoke, "said in Washington"): it lowers the
      // pair but does not keep it from adding up
      const rarestUnknown = !placeConflict && noneKnown(rarest, (h) => this.mentions(c, h));
      // a pair pulled below the bar by a place conflict (the earlier article's places are all unknown to this one)
      // or an event conflict is evidence against, not a weak match: in a large story many such pairs would
      // otherwise add up (best + second + third) to a join
      const penalised = placeConflict || eventConflict;
      if (this.lowersOnly && (placeConflict || rarestUnknown)) {
        const bound = eventConflict ? score * pp * ep : score * pp;
        if (bound < 0.25 || (penalised && bound < 1)) continue;
      }
      const root = this.uf.find(c);
      if (hasTime) {
        // how long before its story's latest article this member was published (not before the new article: a
        // story silent for days but not overtaken keeps its whole weight; see silence() for that)
        let pace = paceOf.get(root);
        if (pace === undefined) {
          const p = this.profiles.get(root);
          paceOf.set(root, (pace = p && !Number.isNaN(p.last) ? { last: p.last, rhythm: this.rhythm(p) } : null));
        }
        if (pace && !Number.isNaN(tc)) score *= this.fade(pace.last - tc - pace.rhythm);
      }
      if (placeConflict || rarestUnknown) score *= pp;
      if (eventConflict) score *= ep;
      this.onScore?.(doc.id, this.ids[c]!, score, this.langs[i] !== lang);
      if (score < 0.25) continue;
      if (penalised && score < 1) continue;
      const list = perStory.get(root);
      if (list) list.push(score);
      else perStory.set(root, [score]);
    }
    const mark = this.accMark;
    for (const c of touched) {
      dot[c - b] = 0;
      liDot[c - b] = 0;
      liCount[c - b] = 0;
      mark[c - b] = 0;
    }
    // the article is judged against each candidate story's profile (the summed keywords of its articles, capped),
    // not against its best single article: one wrong join then weighs little in the profile, and the next article
    // of the other event no longer finds its way in through it (best-match linkage snowballed same-day stories
    // that share a party, a pollster or a ministry into one)
    const ranked: { root: number; pairs: number; score: number }[] = [];
    for (const [root, scores] of perStory) {
      scores.sort((a, b) => b - a);
      const profile = this.profiles.get(root);
      if (!profile) continue;
      const pairs = scores[0]! + (scores[1] ?? 0) * SECOND_MATCH + (scores[2] ?? 0) * SECOND_MATCH * SECOND_MATCH;
      if (pairs < 1) continue;
      // the pairs say the article belongs; the profile may still veto a match that only a stray member explains
      let s = this.profileScore(top, norm, liNorm, lang, places, present, maxPlaceDf, profile);
      if (hasTime) s *= this.silence(t, profile);
      const storyEvent = profileEvent(profile);
      if (event !== 0 && storyEvent !== 0 && storyEvent !== event) s *= this.eventPenalty;
      if (s >= this.veto) ranked.push({ root, pairs, score: s });
    }
    ranked.sort((a, b) => b.pairs - a.pairs);
    const mine = this.newProfile(top, named, names, lang, t);
    if (event !== 0) mine.events.set(event, 1);
    let root = n;
    this.profiles.set(n, mine);
    let merges = 0;
    for (let i = 0; i < ranked.length; i++) {
      if (i > 0 && merges >= this.maxMerges) break;
      const other = this.profiles.get(ranked[i]!.root)!;
      // the best story takes the article; a further story is merged only when the two profiles match as well
      if (i > 0 && (ranked[i]!.pairs < this.mergeScore || this.profileMatch(this.profiles.get(root)!, other, maxPlaceDf) < 1)) continue;
      if (i > 0) merges++;
      const next = this.uf.union(root, ranked[i]!.root);
      const merged = this.mergeProfiles(this.profiles.get(root)!, other);
      this.profiles.delete(root);
      this.profiles.delete(ranked[i]!.root);
      this.profiles.set(next, merged);
      root = next;
    }

    for (const x of top) this.postings.add(x.h, n, x.w);
    this.placeOffset.push(this.placeHashes.length);
    this.placeHashes.push(named.length);
    for (const p of named) this.placeHashes.push(p);
    this.nameOffset.push(this.nameHashes.length);
    this.nameHashes.push(names.length);
    for (const h of names) this.nameHashes.push(h);
    this.ids.push(doc.id);
    this.numberOf.set(doc.id, n);
    this.times.push(t);
    this.norms[n - b] = norm;
    this.liNorms[n - b] = liNorm;
    this.langs[n - b] = lang;
    this.events[n - b] = event;
    this.stats.docs++;
    if (hasTime && t > this.latest) this.latest = t;
    if ((n + 1) % SWEEP_EVERY === 0) this.sweep();
    return this.storyId(n);
  }

  private newProfile(top: readonly Keyword[], places: readonly number[], names: readonly number[], lang: number, t: number): Profile {
    const p: Profile = { w: new Map(), li: new Set(), places: new Map(), names: new Set(names), events: new Map(), langs: 1 << lang, n: 1, first: t, last: t, norm: 0, liSum: 0 };
    for (const x of top) {
      p.w.set(x.h, x.w);
      if (x.li) p.li.add(x.h);
    }
    for (const h of places) p.places.set(h, 1);
    this.settle(p);
    return p;
  }

  private mergeProfiles(a: Profile, b: Profile): Profile {
    const [big, small] = a.w.size >= b.w.size ? [a, b] : [b, a];
    for (const [h, w] of small.w) big.w.set(h, (big.w.get(h) ?? 0) + w);
    for (const h of small.li) big.li.add(h);
    for (const [h, k] of small.places) big.places.set(h, (big.places.get(h) ?? 0) + k);
    for (const h of small.names) big.names.add(h);
    for (const [e, k] of small.events) big.events.set(e, (big.events.get(e) ?? 0) + k);
    big.langs |= small.langs;
    big.n += small.n;
    big.first = Number.isNaN(big.first) ? small.first : Number.isNaN(small.first) ? big.first : Math.min(big.first, small.first);
    big.last = Number.isNaN(big.last) ? small.last : Number.isNaN(small.last) ? big.last : Math.max(big.last, small.last);
    this.settle(big);
    return big;
  }

  /** Prune to the heaviest entries and recompute the norms. */
  private settle(p: Profile): void {
    if (p.w.size > PROFILE_CAP) {
      const keep = [...p.w].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, PROFILE_CAP);
      p.w = new Map(keep);
      for (const h of p.li) if (!p.w.has(h)) p.li.delete(h);
    }
    if (p.places.size > PROFILE_PLACES) {
      p.places = new Map([...p.places].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, PROFILE_PLACES));
    }
    let sq = 0;
    let li = 0;
    for (const [h, w] of p.w) {
      sq += w * w;
      if (p.li.has(h)) li += w;
    }
    p.norm = Math.sqrt(sq);
    p.liSum = li;
  }

  /**
   * An article against a story profile (1 = at the threshold): cosine with the profile for a language the story
   * has, else the overlap of language-independent keywords with the profile's mean article; lowered by the place
   * penalty when the story names places and the article none of them.
   */
  private profileScore(
    top: readonly Keyword[], norm: number, liNorm: number, lang: number,
    places: readonly number[], present: ReadonlySet<number>, maxPlaceDf: number, p: Profile,
  ): number {
    let dot = 0;
    let liDot = 0;
    let liCount = 0;
    for (const x of top) {
      const w = p.w.get(x.h);
      if (w === undefined) continue;
      dot += x.w * w;
      if (x.li && p.li.has(x.h)) {
        liDot += Math.min(x.w, w / p.n);
        liCount++;
      }
    }
    let score = 0;
    if (p.langs & (1 << lang)) score = liCount === 0 ? 0 : dot / (norm * p.norm || 1) / this.bar(p.n);
    if (liCount >= this.minSharedLi) score = Math.max(score, liDot / (Math.min(liNorm, p.liSum / p.n) || 1) / this.crossThreshold);
    if (places.length > 0 && p.places.size > 0) {
      let named = 0;
      let hit = false;
      for (const h of p.places.keys()) {
        if (this.df.get(h) > maxPlaceDf) continue;
        named++;
        if (present.has(h)) hit = true;
      }
      if (named > 0 && !hit) score *= this.placePenalty;
      else if (this.rarestPlaceMissing(places, maxPlaceDf, (h) => p.names.has(h))) score *= this.placePenalty;
    }
    return score;
  }

  /**
   * Weight of a story's profile for an article at time t: 1 unless the story (3 or more articles) has been silent
   * longer than `silentGaps` of its mean gaps and than `freshDays`; then it halves every `halfLifeDays` beyond.
   */
  private silence(t: number, p: Profile): number {
    if (p.n < 3 || Number.isNaN(p.first) || Number.isNaN(p.last)) return 1;
    return this.fade(t - p.last - this.rhythm(p));
  }

  /**
   * How much longer than `freshDays` a story's own pace lets evidence stay fresh: `silentGaps` of its mean gap
   * between articles beyond `freshDays` (0 for a story of fewer than 3 articles). A story reported once a day keeps
   * its week-old members and silences alive longer than one reported every hour.
   */
  private rhythm(p: Profile): number {
    if (p.n < 3 || Number.isNaN(p.first) || Number.isNaN(p.last)) return 0;
    return Math.max(0, (this.silentGaps * (p.last - p.first)) / (p.n - 1) - this.freshMs);
  }

  /** Weight of evidence `age` ms old: 1 up to `freshDays`, then halving every `halfLifeDays`. */
  private fade(age: number): number {
    if (!(age > this.freshMs) || !Number.isFinite(this.halfLifeMs)) return 1;
    return Math.pow(2, -(age - this.freshMs) / this.halfLifeMs);
  }

  /** The cosine an article needs with the profile of a story of n articles. */
  private bar(n: number): number {
    return this.threshold + (this.profileThreshold - this.threshold) * (1 - 1 / Math.pow(n, this.growth));
  }

  /**
   * Two story profiles against each other (1 = at the threshold): cosine over their keywords, lowered by the
   * place penalty when both name places (not frequent in the corpus) and share none, and by the event penalty
   * when they are mainly about different kinds of event: one article resembling two stories says little when
   * the stories themselves are about two towns or two kinds of event.
   */
  private profileMatch(a: Profile, b: Profile, maxPlaceDf: number): number {
    const [small, big] = a.w.size <= b.w.size ? [a, b] : [b, a];
    let dot = 0;
    let li = 0;
    for (const [h, w] of small.w) {
      const v = big.w.get(h);
      if (v === undefined) continue;
      dot += w * v;
      if (small.li.has(h)) li++;
    }
    let score = li === 0 ? 0 : dot / (a.norm * b.norm || 1) / this.bar(Math.min(a.n, b.n));
    // places frequent in the corpus (a capital, a word caught as a place) say nothing either way
    let namedA = 0;
    let namedB = 0;
    let shared = false;
    for (const h of a.places.keys()) {
      if (this.df.get(h) > maxPlaceDf) continue;
      namedA++;
      if (b.places.has(h) || b.names.has(h)) shared = true;
    }
    for (const h of b.places.keys()) {
      if (this.df.get(h) > maxPlaceDf) continue;
      namedB++;
      if (a.names.has(h)) shared = true;
    }
    if (namedA > 0 && namedB > 0 && !shared) score *= this.placePenalty;
    const ea = profileEvent(a);
    const eb = profileEvent(b);
    if (ea !== 0 && eb !== 0 && ea !== eb) score *= this.eventPenalty;
    return score;
  }

  /**
   * Does the earlier article `c` name places, none of which the new article mentions at all? A word frequent in
   * the corpus is not a place ("in Sicherheit") and says nothing either way; `code` says per hash whether it counts
   * (bit 1) and whether the new article mentions it (bit 2).
   */
  private placesMissing(c: number, code: (h: number) => number): boolean {
    const d = this.placeHashes.data;
    const o = this.placeOffset.data[c - this.base]!;
    const k = d[o]!;
    let counts = false;
    for (let i = o + 1; i <= o + k; i++) {
      const x = code(d[i]!);
      if (x === 3) return false;
      if (x & 1) counts = true;
    }
    return counts;
  }

  /**
   * Is the most specific place of the new article (its place rarest in the corpus: the village, not the region
   * or the capital that several stories share) unknown to the other side? Two attacks near one regional capital
   * name the capital both, but each its own village. Places named as often as the rarest count alike.
   */
  private rarestPlaceMissing(places: readonly number[], maxDf: number, known: (h: number) => boolean): boolean {
    return noneKnown(this.rarestPlaces(places, maxDf), known);
  }

  /** The places of `places` rarest in the corpus (none when all are frequent): what rarestPlaceMissing() asks about. */
  private rarestPlaces(places: readonly number[], maxDf: number): number[] {
    let min = Infinity;
    for (const h of places) {
      const d = this.df.get(h);
      if (d <= maxDf && d < min) min = d;
    }
    if (min === Infinity) return [];
    return places.filter((h) => this.df.get(h) === min);
  }

  /** Does earlier article `c` mention the name (hash of its `w:` key) anywhere? Binary search in its sorted list. */
  private mentions(c: number, h: number): boolean {
    const d = this.nameHashes.data;
    const o = this.nameOffset.data[c - this.base]!;
    let lo = o + 1;
    let hi = o + d[o]!;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = d[mid]!;
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Drop the postings of articles published more than twice the window before the latest one, and their per-article
   * data: only a posting leads to an article, so nothing reads it again (their ids and story roots stay).
   */
  private sweep(): void {
    const cutoff = this.latest - 2 * this.windowMs;
    let k = this.firstKept;
    while (k < this.ids.length) {
      const tk = this.times.data[k - this.base]!;
      if (Number.isNaN(tk) || tk >= cutoff) break;
      k++;
    }
    if (k === this.firstKept) return;
    this.firstKept = k;
    this.postings.sweep(k);
    for (const [root, p] of this.profiles) if (!Number.isNaN(p.last) && p.last < cutoff) this.profiles.delete(root);
    this.compact(k);
  }

  /** Drop the per-article data of articles before `k` (swept), moving the rest to the front of the arrays. */
  private compact(k: number): void {
    const cut = k - this.base;
    const held = this.ids.length - k;
    shift(this.times, cut);
    const placeCut = this.placeOffset.data[cut]!;
    shift(this.placeHashes, placeCut);
    shift(this.placeOffset, cut);
    for (let i = 0; i < this.placeOffset.length; i++) this.placeOffset.data[i]! -= placeCut;
    const nameCut = this.nameOffset.data[cut]!;
    shift(this.nameHashes, nameCut);
    shift(this.nameOffset, cut);
    for (let i = 0; i < this.nameOffset.length; i++) this.nameOffset.data[i]! -= nameCut;
    // fixed-size per-article arrays: moved down, and made smaller when mostly empty (capacity stays a power of two)
    let cap = 1024;
    while (cap <= held) cap *= 2;
    if (cap >= this.norms.length) cap = this.norms.length;
    const move = <T extends Float32Array | Float64Array | Uint8Array | Uint16Array>(a: T, make: (c: number) => T): T => {
      if (cap === a.length) {
        a.copyWithin(0, cut, cut + held);
        return a;
      }
      const next = make(cap);
      next.set(a.subarray(cut, cut + held));
      return next;
    };
    this.norms = move(this.norms, (c) => new Float32Array(c));
    this.liNorms = move(this.liNorms, (c) => new Float32Array(c));
    this.langs = move(this.langs, (c) => new Uint8Array(c));
    this.events = move(this.events, (c) => new Uint8Array(c));
    // the accumulators are all zero between articles
    if (cap !== this.accDot.length) this.allocateAccumulators(cap);
    this.base = k;
  }

  /** Articles whose per-article data is held (not yet swept). */
  get held(): number {
    return this.ids.length - this.base;
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

/**
 * The names an article mentions, as hashes of the keys places have (`w:lindenau`, `e:place:kyiv`), sorted: the
 * capitalised words inside sentences and the alias-table entities.
 */
function mentionedNames(feats: readonly Feature[], hashes: readonly number[]): number[] {
  const out = new Set<number>();
  for (let i = 0; i < feats.length; i++) {
    const k = feats[i]!.key;
    if (k.startsWith('n:')) out.add(fnv1a32(`w:${k.slice(2)}`));
    else if (k.startsWith('e:')) out.add(hashes[i]!);
  }
  return [...Uint32Array.from(out).sort()];
}

/**
 * What the index needs of one article, computed from its text and claims alone (no index state): so it can be
 * computed ahead, on another thread (analysis/pool.ts), while the index groups the articles before it.
 */
export interface StoryInput {
  /** per feature (in articleFeatures' order) its family letter, its term frequency and the hash of its key */
  families: string;
  tf: number[];
  hashes: number[];
  /** hashes of the places the article is about, and of every place it names (see placeMentions) */
  places: number[];
  named: number[];
  /** hashes of the names it mentions (mentionedNames) */
  names: number[];
  /** its dominant event kind (0: none) */
  event: number;
}

export function storyInput(doc: Document, claims: readonly Claim[], text: PreparedText): StoryInput {
  const feats = articleFeatures(doc, claims, text);
  const hashes = feats.map((f) => fnv1a32(f.key));
  const where = placeMentions(claims, text);
  return {
    families: feats.map((f) => f.key[0]!).join(''),
    tf: feats.map((f) => f.tf),
    hashes,
    places: [...where.places].map(fnv1a32),
    // every place the article names, also those named once after a place noun: the other side must mention one
    // of them (placesMissing), but only the stronger tier decides the article's own rarest place
    named: [...where.named].map(fnv1a32),
    names: mentionedNames(feats, hashes),
    event: dominantEvent(text.title, text.body),
  };
}

/** The event kind most of a story's articles are about (0 when none names one). */
function profileEvent(p: Profile): number {
  let best = 0;
  let most = 0;
  for (const [e, k] of p.events) if (k > most || (k === most && e < best)) [best, most] = [e, k];
  return best;
}

/** Rarest places given (see rarestPlaces) and none of them known: the test both place checks make. */
function noneKnown(rarest: readonly number[], known: (h: number) => boolean): boolean {
  return rarest.length > 0 && !rarest.some(known);
}
