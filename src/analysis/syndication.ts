/**
 * SyndicationIndex: finds copies and rewrites among a stream of articles, incrementally and without comparing
 * all pairs.
 * - copy: the same text lightly edited. Candidates from MinHash/LSH over word 5-shingles; accepted when the
 *   estimated Jaccard similarity reaches `copyThreshold`.
 * - rewrite, same language: too few shared words for a copy, but whole sentences kept word for word. Only
 *   RARE sentences count (at most `rareSentenceDf` earlier articles hold them, reprints of one text counted
 *   once; document frequencies from a count-min sketch over the stream), so stock sentences every article
 *   carries say nothing. A kept sentence with a figure weighs 1, others and quotations 0.5 (independent
 *   reports quote one official's statement verbatim); `rewriteSentences` (2) make a rewrite. Candidates come
 *   from postings of rare sentences only.
 * - rewrite without shared passages (a translated wire, a paraphrase), within `agreeHours` with known times:
 *   independent reports of one event share figures and speakers too, often all of them (every outlet quotes
 *   the same official), so figures and speakers alone link only under much stronger agreement:
 *   (a) in another language: most (measure, figure, speaker) statements (>= 3, Jaccard >= 0.6) and the same
 *       set of speakers; without claims, most figures (>= 3, Jaccard >= 0.6) and the same named people;
 *   (b) in any language: at least five figures, nearly all of both articles' (Jaccard >= 0.8), in the same
 *       order of first appearance (a paraphrase follows its source's order of facts), and a shared speaker.
  * Per article the index keeps a 16-bit MinHash signature and a few 32-bit fingerprint hashes in flat typed
 * arrays; texts are not kept (passages are computed by `analyze`, which has the texts).
 *
 * Memory is bounded by a time horizon, not by the stream: copies and rewrites of news are published within days
 * of their source (the links' own windows are 7 days for copies, 48 hours for rewrites; in the generated corpus
 * all 3,990 syndicated pairs of 20k articles are at most 4.8 hours apart, median 2.5 h, and the links found at 10k
 * at most 23.5 hours), so every SWEEP_EVERY articles the dated
 * articles published more than `horizonDays` (14) before the newest dated article seen leave the LSH buckets,
 * the sentence and figure postings and the signature and fingerprint arrays. Articles come in publication order,
 * so those are a prefix of the article numbers, and a later dated article could not link to them anyway (the
 * horizon is at least every link window). What stays per article for the whole stream is its id, its number and
 * its union-find slot (the result: links and groups name them).
 * Undated articles come last in a stream (publication order, unknown dates last) and link across any distance,
 * but only to the articles still held: those within the horizon of the newest date, and other undated ones. An
 * undated article is most likely one fetched now, whose source is among the newest; keeping the signatures and
 * buckets of every evicted article for the few undated ones would be most of what the horizon saves (several
 * hundred bytes per article: the 128-byte signature, 16 bucket chain entries and bucket slots) and grow with the
 * corpus again.
 * `horizonDays: Infinity` keeps everything (the exact behaviour for undated articles, at unbounded cost).
 */
import type { Claim } from '../core/claim.js';
import type { Document } from '../core/document.js';
import { GrowableFloat64, GrowableUint16, GrowableUint32, PostingLists, shift, UnionFind } from './buffers.js';
import { valueKey } from './figures.js';
import { fnv1a32 } from './hash.js';
import { LshIndex } from './lsh.js';
import { compact, MinHasher, similarity } from './minhash.js';
import { sentenceKeys } from './passages.js';
import { shingleHashes } from './shingles.js';
import { CountSketch } from './sketch.js';
import { resolveSource } from './speakers.js';
import { prepareText, type PreparedText } from './features.js';
import type { ArticleMeta } from './types.js';

export interface SyndicationOptions {
  /** MinHash signature size (a power of two); the first bands * rows minima are banded for LSH */
  signatureSize?: number;
  bands?: number;
  rows?: number;
  /** estimated Jaccard of 5-shingles from which two articles are copies */
  copyThreshold?: number;
  /** copies further apart than this (days) are not linked (an archive republication is not a wire copy) */
  copyDays?: number;
  /** rewrites must appear within this many hours of each other */
  rewriteHours?: number;
  /** rewrites without shared passages (translations, paraphrases) must appear within this many hours */
  agreeHours?: number;
  /** a sentence counts as rare while at most this many earlier articles hold it */
  rareSentenceDf?: number;
  /** rare sentences kept word for word (one with a figure counts 1, one without 0.5) that make a rewrite */
  rewriteSentences?: number;
  /** weight of a kept sentence with quotation marks (independent reports quote one statement verbatim) */
  quoteWeight?: number;
  /** at most this many candidates are examined per article and route */
  maxCandidates?: number;
  /**
   * dated articles published more than this many days before the newest dated article are forgotten (14; at
   * least every link window: copyDays, rewriteHours, agreeHours); Infinity keeps every article
   */
  horizonDays?: number;
}

/** articles between two sweeps of the articles beyond the horizon */
const SWEEP_EVERY = 1024;

export interface SyndicationLink {
  /** the earlier article (presumed original) */
  a: string;
  b: string;
  kind: 'copy' | 'rewrite';
  similarity: number;
  sharedFigures: string[];
  sharedSpeakers: string[];
  reason: string;
}

export interface SyndicationStats {
  docs: number;
  /** candidate pairs examined (LSH buckets plus figure postings) */
  candidatePairs: number;
  links: number;
}

interface Fingerprint {
  figures: number[];
  speakers: number[];
  triples: number[];
}

/**
 * What the index needs of one article, computed from its text and claims alone (no index state): so it can be
 * computed ahead, on another thread (analysis/pool.ts), while the index links the articles before it.
 */
export interface SyndicationInput {
  /** per-bin MinHash minima of the body's word shingles */
  minima: Uint32Array;
  fp: Fingerprint;
  /** hash → figure, speaker or statement key of the article's fingerprint, first key per hash (links name them) */
  names: Map<number, string>;
  /** rare-sentence candidates: sentence hash → weight (quotations `quoteWeight`, with a figure 1, else 0.5) */
  sentences: Map<number, number>;
}

/** The settings syndicationInput() depends on, from SyndicationOptions. */
export interface SyndicationInputConfig {
  signatureSize: number;
  quoteWeight: number;
}

export function syndicationInputConfig(opts: SyndicationOptions = {}): SyndicationInputConfig {
  return { signatureSize: opts.signatureSize ?? 64, quoteWeight: opts.quoteWeight ?? 0.5 };
}

/** MinHashers by signature size: built once per thread (their seeds are fixed, so every thread's agree). */
const HASHERS = new Map<number, MinHasher>();

function hasherOf(size: number): MinHasher {
  let h = HASHERS.get(size);
  if (!h) HASHERS.set(size, (h = new MinHasher(size)));
  return h;
}

export function syndicationInput(doc: Document, claims: readonly Claim[], text: PreparedText, cfg: SyndicationInputConfig): SyndicationInput {
  const names = new Map<number, string>();
  const intern = (s: string): number => {
    const h = fnv1a32(s);
    if (!names.has(h)) names.set(h, s);
    return h;
  };
  const minima = hasherOf(cfg.signatureSize).minima(shingleHashes(text.body));
  const fp = fingerprint(doc, claims, text, intern);
  const sentences = new Map<number, number>();
  for (const k of sentenceKeys(doc.text, text.body)) {
    const w = k.quoted ? cfg.quoteWeight : k.figure ? 1 : 0.5;
    sentences.set(k.hash, Math.max(sentences.get(k.hash) ?? 0, w));
  }
  return { minima, fp, names, sentences };
}

function fingerprint(doc: Document, claims: readonly Claim[], text: PreparedText, intern: (s: string) => number): Fingerprint {
  // figures in order of first appearance: a paraphrase follows its source's order of facts
  const placed: { at: number; key: string }[] = [];
  for (const c of claims) {
    const k = valueKey(c.value);
    if (k) placed.push({ at: c.span.start, key: k });
  }
  for (const f of text.textFigures) placed.push({ at: f.start, key: f.key });
  placed.sort((x, y) => x.at - y.at);
  const figures = new Set<number>();
  for (const f of placed) figures.add(intern(f.key));
  for (const f of text.figures) figures.add(intern(f));
  const speakers = new Set<number>();
  const triples = new Set<number>();
  for (const c of claims) {
    const src = resolveSource(c.source, doc.outlet, doc.id);
    const v = valueKey(c.value);
    if (src.kind !== 'unattributed') speakers.add(intern(src.key));
    if (v) triples.add(intern(`${c.measure}|${v}|${src.kind === 'unattributed' ? '-' : src.key}`));
  }
  // without claims, the people named in the text stand in for the speakers (rewrites are found before
  // extraction); with claims they would blur "the same set of speakers" with people merely mentioned
  if (claims.length === 0) {
    for (const m of text.entities) {
      if (m.row.kind === 'person') speakers.add(intern(m.row.key));
    }
  }
  return { figures: [...figures], speakers: [...speakers], triples: [...triples] };
}

/** Length of the longest common subsequence of two short sequences (figures of two articles). */
function commonSubsequence(a: readonly number[], b: readonly number[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export class SyndicationIndex {
  private readonly bands: number;
  private readonly rows: number;
  private readonly copyThreshold: number;
  private readonly copyMs: number;
  private readonly rewriteMs: number;
  private readonly agreeMs: number;
  private readonly rareDf: number;
  private readonly rewriteSentences: number;
  private readonly maxCandidates: number;
  private readonly sentenceDf = new CountSketch();
  private readonly bySentence = new PostingLists(64);
  private readonly langs: string[] = [];
  /** what syndicationInput() needs of the options, for callers that compute inputs ahead */
  readonly inputConfig: SyndicationInputConfig;
  private readonly hasher: MinHasher;
  private readonly lsh: LshIndex;
  /**
   * Per held article (article number - `first`): signature, time, language and fingerprint. Article numbers are
   * global (postings, buckets, union-find and ids use them); the per-article arrays start at `first`.
   */
  private readonly sigs = new GrowableUint16(4096);
  private readonly times = new GrowableFloat64(1024);
  /** flat fingerprint storage: per doc [nFig, nSpk, nTriple, ...figs, ...spks, ...triples] from offset */
  private readonly fp = new GrowableUint32(4096);
  private readonly fpOffset = new GrowableUint32(1024);
  private readonly byFigure = new PostingLists(4096);
  private readonly uf = new UnionFind();
  /** the first article number still held (all before it are beyond the horizon) */
  private first = 0;
  private readonly horizonMs: number;
  /** the newest publication time among the dated articles */
  private latest = Number.NEGATIVE_INFINITY;
  /**
   * hash → figure or speaker key of the article being added: a link names the values the new article shares,
   * so only its own keys are needed (a map of every key ever seen grew with the corpus)
   */
  private names = new Map<number, string>();
  private readonly ids: string[] = [];
  private readonly numberOf = new Map<string, number>();
  private readonly allLinks: SyndicationLink[] = [];
  readonly stats: SyndicationStats = { docs: 0, candidatePairs: 0, links: 0 };

  constructor(opts: SyndicationOptions = {}) {
    this.bands = opts.bands ?? 16;
    this.rows = opts.rows ?? 2;
    this.copyThreshold = opts.copyThreshold ?? 0.35;
    this.copyMs = (opts.copyDays ?? 7) * 86_400_000;
    this.rewriteMs = (opts.rewriteHours ?? 48) * 3_600_000;
    this.agreeMs = (opts.agreeHours ?? 12) * 3_600_000;
    this.rareDf = opts.rareSentenceDf ?? 1;
    this.rewriteSentences = opts.rewriteSentences ?? 2;
    this.inputConfig = syndicationInputConfig(opts);
    this.maxCandidates = opts.maxCandidates ?? 200;
    this.hasher = hasherOf(this.inputConfig.signatureSize);
    if (this.bands * this.rows > this.hasher.size) throw new Error('bands * rows exceeds the MinHash signature size');
    this.lsh = new LshIndex(this.bands, this.rows);
    this.horizonMs = (opts.horizonDays ?? 14) * 86_400_000;
    if (!(this.horizonMs >= Math.max(this.copyMs, this.rewriteMs, this.agreeMs))) {
      throw new Error(`syndication horizonDays (${opts.horizonDays}) must be at least every link window (copyDays, rewriteHours, agreeHours)`);
    }
  }

  private storeFingerprint(f: Fingerprint): void {
    this.fpOffset.push(this.fp.length);
    this.fp.push(f.figures.length);
    this.fp.push(f.speakers.length);
    this.fp.push(f.triples.length);
    for (const x of f.figures) this.fp.push(x);
    for (const x of f.speakers) this.fp.push(x);
    for (const x of f.triples) this.fp.push(x);
  }

  private loadFingerprint(n: number): Fingerprint {
    const o = this.fpOffset.get(n - this.first);
    const nf = this.fp.get(o);
    const ns = this.fp.get(o + 1);
    const nt = this.fp.get(o + 2);
    const d = this.fp.data;
    const f0 = o + 3;
    return {
      figures: Array.from(d.subarray(f0, f0 + nf)),
      speakers: Array.from(d.subarray(f0 + nf, f0 + nf + ns)),
      triples: Array.from(d.subarray(f0 + nf + ns, f0 + nf + ns + nt)),
    };
  }

  private shared(a: number[], b: number[]): number[] {
    const s = new Set(a);
    return b.filter((x) => s.has(x));
  }

  private counts = new Uint16Array(1024);
  /** per-article counters of shared figures, indexed by article number - first (reset after each use) */
  private ensureCounts(n: number): Uint16Array {
    if (n >= this.counts.length) {
      const next = new Uint16Array(Math.max(n + 1, this.counts.length * 2));
      next.set(this.counts);
      this.counts = next;
    }
    return this.counts;
  }

  /**
   * The strict figures-and-speakers test for rewrites that share no passage (rules (a) and (b) of the header).
   * Statements and figure sets alone decide only across languages: within one language independent reports of
   * the same official's figures agree on them just as well, and a real rewrite keeps sentences or the order.
   */
  private agreementReason(a: Fingerprint, b: Fingerprint, bSets: { figures: Set<number>; speakers: Set<number>; triples: Set<number> }, sameLanguage: boolean): string | null {
    const count = (xs: number[], set: Set<number>) => {
      let k = 0;
      for (const x of xs) if (set.has(x)) k++;
      return k;
    };
    const jaccard = (k: number, x: number, y: number) => (x + y - k > 0 ? k / (x + y - k) : 0);
    const speakers = count(a.speakers, bSets.speakers);
    if (speakers === 0) return null;
    const sameSpeakers = jaccard(speakers, a.speakers.length, b.speakers.length) >= 0.8;
    if (!sameLanguage && sameSpeakers && a.triples.length > 0 && b.triples.length > 0) {
      const triples = count(a.triples, bSets.triples);
      if (triples >= 3 && jaccard(triples, a.triples.length, b.triples.length) >= 0.6) {
        return `${triples} of ${Math.max(a.triples.length, b.triples.length)} figure+speaker statements and the same speakers`;
      }
    }
    const figures = count(a.figures, bSets.figures);
    const figureJ = jaccard(figures, a.figures.length, b.figures.length);
    if (figures >= 5 && figureJ >= 0.8 && commonSubsequence(a.figures, b.figures) >= 0.9 * Math.max(a.figures.length, b.figures.length)) {
      return `${figures} of ${Math.max(a.figures.length, b.figures.length)} figures in the same order and ${speakers} shared speaker(s)`;
    }
    if (sameLanguage || a.triples.length > 0 || b.triples.length > 0) return null;
    if (sameSpeakers && figures >= 3 && figureJ >= 0.6) {
      return `translation: ${figures} of ${Math.max(a.figures.length, b.figures.length)} figures and the same ${speakers} speaker(s)`;
    }
    return null;
  }

  private within(a: number, b: number, ms: number): boolean {
    const ta = this.times.get(a - this.first);
    const tb = this.times.get(b - this.first);
    return Number.isNaN(ta) || Number.isNaN(tb) || Math.abs(ta - tb) <= ms;
  }

  /**
   * Add an article; returns the links it forms with articles added before. `prepared` (the article's words
   * and figures) may be passed when the caller has computed them already.
   */
  add(doc: Document, claims: readonly Claim[] = [], prepared?: PreparedText): SyndicationLink[] {
    if (this.numberOf.has(doc.id)) return [];
    return this.addInput(doc, syndicationInput(doc, claims, prepared ?? prepareText(doc, claims), this.inputConfig));
  }

  /** add() with the article's input computed already (by syndicationInput with this index's inputConfig). */
  addInput(doc: ArticleMeta, input: SyndicationInput): SyndicationLink[] {
    if (this.numberOf.has(doc.id)) return [];
    if (input.minima.length !== this.hasher.size) throw new Error(`SyndicationIndex: input for "${doc.id}" has ${input.minima.length} minima, not ${this.hasher.size}`);
    this.names = input.names;
    const { minima, fp } = input;
    const t = doc.publishedAt ? Date.parse(doc.publishedAt) : NaN;

    const copyCands = this.lsh.candidates(minima, this.maxCandidates);
    const n = this.lsh.add(minima);
    this.uf.add();
    this.ids.push(doc.id);
    this.numberOf.set(doc.id, n);
    this.times.push(t);
    this.langs.push(doc.language ?? '');
    const off = this.sigs.reserve(this.hasher.size);
    const first = this.first;
    compact(minima, this.sigs.data, off);
    this.storeFingerprint(fp);
    this.stats.docs++;

    const links: SyndicationLink[] = [];
    const linked = new Set<number>();
    for (const c of copyCands) {
      this.stats.candidatePairs++;
      if (!this.within(c, n, this.copyMs)) continue;
      const sim = similarity(this.sigs.data, (c - this.first) * this.hasher.size, this.sigs.data, off, this.hasher.size);
      if (sim < this.copyThreshold) continue;
      linked.add(c);
      links.push(this.link(c, n, 'copy', sim, fp, `estimated word-shingle similarity ${sim.toFixed(2)}`));
    }

    links.push(...this.sentenceRewrites(input.sentences, n, t, fp, off, linked));

    // no-passage rewrite candidates: earlier articles published within `agreeMs` that share at least three
    // figures and half of the smaller article's figures, counted over the figure postings newest first; only
    // those are compared in full
    const counts = this.ensureCounts(n - first);
    const touched: number[] = [];
    const hasTime = !Number.isNaN(t);
    if (hasTime) {
      for (const f of fp.figures) {
        const list = this.byFigure.get(f);
        if (!list) continue;
        let stale = 0;
        for (let i = list.length - 1, k = 0; i >= 0 && k < this.maxCandidates; i--, k++) {
          const c = list.data[i]!;
          const tc = this.times.data[c - first]!;
          if (Number.isNaN(tc) || Math.abs(t - tc) > this.agreeMs) {
            if (++stale >= 16) break;
            continue;
          }
          stale = 0;
          if (counts[c - first] === 0) touched.push(c);
          counts[c - first]++;
        }
      }
    }
    const mine = { figures: new Set(fp.figures), speakers: new Set(fp.speakers), triples: new Set(fp.triples) };
    for (const c of touched) {
      const shared = counts[c - first]!;
      counts[c - first] = 0;
      if (linked.has(c)) continue;
      this.stats.candidatePairs++;
      if (shared < 3 || shared < 0.5 * Math.min(fp.figures.length, this.fp.data[this.fpOffset.data[c - first]!]!)) continue;
      const reason = this.agreementReason(this.loadFingerprint(c), fp, mine, this.langs[c - first] === (doc.language ?? ''));
      if (!reason) continue;
      linked.add(c);
      const sim = similarity(this.sigs.data, (c - this.first) * this.hasher.size, this.sigs.data, off, this.hasher.size);
      links.push(this.link(c, n, 'rewrite', sim, fp, reason));
    }
    for (const f of fp.figures) this.byFigure.add(f, n);
    for (const l of links) this.uf.union(this.numberOf.get(l.a)!, n);
    this.allLinks.push(...links);
    this.stats.links += links.length;
    if (hasTime && t > this.latest) this.latest = t;
    if ((n + 1) % SWEEP_EVERY === 0) this.sweep();
    return links;
  }

  /**
   * Forget the dated articles published more than the horizon before the newest dated one: a prefix of the
   * article numbers (publication order). Their ids, numbers and union-find slots stay (links and groups name them).
   */
  private sweep(): void {
    const cutoff = this.latest - this.horizonMs;
    const held = this.ids.length - this.first;
    let k = 0;
    while (k < held) {
      const tk = this.times.data[k]!;
      if (Number.isNaN(tk) || tk >= cutoff) break;
      k++;
    }
    if (k === 0) return;
    const firstKept = this.first + k;
    shift(this.sigs, k * this.hasher.size);
    shift(this.times, k);
    const fpCut = this.fpOffset.data[k]!;
    shift(this.fp, fpCut);
    shift(this.fpOffset, k);
    for (let i = 0; i < this.fpOffset.length; i++) this.fpOffset.data[i]! -= fpCut;
    this.langs.splice(0, k);
    this.lsh.sweep(firstKept);
    this.byFigure.sweep(firstKept);
    this.bySentence.sweep(firstKept);
    if (this.counts.length > 4 * Math.max(1024, held - k)) this.counts = new Uint16Array(2 * Math.max(1024, held - k));
    this.first = firstKept;
  }

  /** Articles held for linking (added and not yet beyond the horizon). */
  get held(): number {
    return this.ids.length - this.first;
  }

  /** Postings held in the sentence and figure lists (for tests of the bound). */
  get heldPostings(): number {
    return this.bySentence.postings() + this.byFigure.postings();
  }

  /**
   * Rewrites by rare sentences kept word for word: earlier articles within `rewriteMs` holding sentences of this
   * one that at most `rareDf` earlier articles hold. Registers this article's rare sentences for later ones.
   */
  private sentenceRewrites(keys: ReadonlyMap<number, number>, n: number, t: number, fp: Fingerprint, off: number, linked: Set<number>): SyndicationLink[] {
    const score = new Map<number, number>();
    const hasTime = !Number.isNaN(t);
    for (const [hash, weight] of keys) {
      const df = this.sentenceDf.count(hash);
      if (df > this.rareDf) {
        this.sentenceDf.add(hash);
        continue;
      }
      const list = df > 0 ? this.bySentence.get(hash) : undefined;
      // a sentence that came with a copy of an earlier article is the same text travelling, not a second
      // writer using it: it does not make the sentence more common (else a wire with reprints hides its rewrites)
      let viaCopy = false;
      for (let i = (list?.length ?? 0) - 1; i >= 0; i--) {
        const c = list!.data[i]!;
        if (linked.has(c)) {
          viaCopy = true;
          continue;
        }
        const tc = this.times.data[c - this.first]!;
        if (hasTime && !Number.isNaN(tc) && Math.abs(t - tc) > this.rewriteMs) continue;
        score.set(c, (score.get(c) ?? 0) + weight);
      }
      if (!viaCopy) this.sentenceDf.add(hash);
      this.bySentence.add(hash, n);
    }
    const links: SyndicationLink[] = [];
    for (const [c, s] of score) {
      this.stats.candidatePairs++;
      if (linked.has(c) || s < this.rewriteSentences) continue;
      linked.add(c);
      const sim = similarity(this.sigs.data, (c - this.first) * this.hasher.size, this.sigs.data, off, this.hasher.size);
      links.push(this.link(c, n, 'rewrite', sim, fp, `rare sentences kept word for word (weight ${s})`));
    }
    return links;
  }

  private link(c: number, n: number, kind: 'copy' | 'rewrite', sim: number, fp: Fingerprint, reason: string): SyndicationLink {
    const other = this.loadFingerprint(c);
    const name = (h: number) => this.names.get(h) ?? String(h);
    const [a, b] = this.order(c, n);
    return {
      a: this.ids[a]!,
      b: this.ids[b]!,
      kind,
      similarity: Math.round(sim * 100) / 100,
      sharedFigures: this.shared(other.figures, fp.figures).map(name).sort(),
      sharedSpeakers: this.shared(other.speakers, fp.speakers).map(name).sort(),
      reason,
    };
  }

  /** earlier publication first; insertion order when times are equal or unknown */
  private order(x: number, y: number): [number, number] {
    const tx = this.times.get(x - this.first);
    const ty = this.times.get(y - this.first);
    if (!Number.isNaN(tx) && !Number.isNaN(ty) && ty < tx) return [y, x];
    return [x, y];
  }

  /** All links found so far. */
  links(): readonly SyndicationLink[] {
    return this.allLinks;
  }

  /** Syndication groups (two or more articles), each as doc ids in insertion order. */
  groups(): string[][] {
    const by = new Map<number, string[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const r = this.uf.find(i);
      const list = by.get(r);
      if (list) list.push(this.ids[i]!);
      else by.set(r, [this.ids[i]!]);
    }
    return [...by.values()].filter((g) => g.length > 1);
  }

  /** The group representative of an article (its earliest-added member), or null when unknown. */
  groupOf(id: string): string | null {
    const n = this.numberOf.get(id);
    return n === undefined ? null : this.ids[this.uf.find(n)]!;
  }

  get size(): number {
    return this.ids.length;
  }
}
