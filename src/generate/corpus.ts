/**
 * The corpus: article i on demand, deterministic for a seed, never the whole corpus in memory.
 *
 * Layout (all decided by hashing the seed with the index, so any article is O(1) to produce):
 * - articles are in publication order, `perDay` a day;
 * - each article is an original, a copy or a rewrite (rates `copyRate`, `rewriteRate`); a copy or rewrite
 *   takes the nearest original at a random distance within `syndicationWindow` articles before it;
 * - an original belongs to a story: one of `perDay / meanStoryArticles` story slots opened on its own day
 *   or on one of the two days before (popular slots get more articles), or with `soloRate` a story of its own;
 * - a story's language is English with `englishRate`, else German; copies keep their original's language.
 */
import { makeDocument, type Document } from '../core/document.js';
import type { LanguageModule } from './language.js';
import { makePlan, type ArticlePlan } from './plan.js';
import { hashKey, rngFor } from './random.js';
import { english } from './render-en.js';
import { german } from './render-de.js';
import { makeStory, type Story } from './story.js';
import { copyPlan, rewritePlan } from './syndicate.js';
import type { ArticleRole, GeneratedArticle, Language, Part, PlantedClaim } from './types.js';

export interface CorpusOptions {
  seed?: number;
  size: number;
  /** ISO date of the first day */
  start?: string;
  perDay?: number;
  copyRate?: number;
  rewriteRate?: number;
  englishRate?: number;
  soloRate?: number;
  meanStoryArticles?: number;
  syndicationWindow?: number;
  idPrefix?: string;
}

type Resolved = { role: ArticleRole; of: number | null };

const MODULES: Record<Language, LanguageModule> = { de: german, en: english };
const DAY_MS = 86400000;
const unit = (h: number): number => h / 4294967296;

export class Corpus {
  readonly seed: number;
  readonly size: number;
  readonly perDay: number;
  readonly copyRate: number;
  readonly rewriteRate: number;
  readonly englishRate: number;
  readonly soloRate: number;
  readonly storiesPerDay: number;
  readonly window: number;
  readonly idPrefix: string;
  private readonly startMs: number;

  constructor(opts: CorpusOptions) {
    if (!Number.isInteger(opts.size) || opts.size < 0) throw new Error(`corpus size must be a non-negative integer, got ${opts.size}`);
    this.seed = opts.seed ?? 1;
    this.size = opts.size;
    this.perDay = opts.perDay ?? 1000;
    this.copyRate = opts.copyRate ?? 0.15;
    this.rewriteRate = opts.rewriteRate ?? 0.05;
    this.englishRate = opts.englishRate ?? 0.1;
    this.soloRate = opts.soloRate ?? 0.1;
    this.storiesPerDay = Math.max(1, Math.round(this.perDay / (opts.meanStoryArticles ?? 8)));
    this.window = opts.syndicationWindow ?? 200;
    this.idPrefix = opts.idPrefix ?? 'g';
    const start = Date.parse(`${opts.start ?? '2024-01-01'}T00:00:00Z`);
    if (Number.isNaN(start)) throw new Error(`corpus start must be an ISO date, got "${opts.start}"`);
    this.startMs = start;
    if (this.copyRate + this.rewriteRate > 1) throw new Error('copyRate + rewriteRate must not exceed 1');
  }

  id(i: number): string {
    return `${this.idPrefix}${i}`;
  }

  /** the role drawn for i, before falling back to original when no earlier original is in reach */
  private drawnRole(i: number): ArticleRole {
    const u = unit(hashKey(this.seed, 'role', i));
    return u < this.copyRate ? 'copy' : u < this.copyRate + this.rewriteRate ? 'rewrite' : 'original';
  }

  resolve(i: number): Resolved {
    const role = this.drawnRole(i);
    if (role === 'original') return { role, of: null };
    const back = 1 + Math.floor(unit(hashKey(this.seed, 'back', i)) * this.window);
    for (let j = i - back; j >= 0 && j >= i - 2 * this.window; j--) {
      if (this.drawnRole(j) === 'original') return { role, of: j };
    }
    return { role: 'original', of: null };
  }

  day(i: number): number {
    return Math.floor(i / this.perDay);
  }

  /** the story of original i */
  storyOf(i: number): Story {
    const day = this.day(i);
    if (unit(hashKey(this.seed, 'solo', i)) < this.soloRate) return this.story(-(i + 1), day);
    const rng = rngFor(this.seed, 'slot', i);
    const back = Math.min(day, rng.weighted([0, 1, 2], [6, 3, 1]));
    const slot = Math.floor(this.storiesPerDay * Math.pow(rng.next(), 1.7));
    return this.story((day - back) * this.storiesPerDay + slot, day - back);
  }

  private story(key: number, startDay: number): Story {
    const language: Language = unit(hashKey(this.seed, 'lang', key)) < this.englishRate ? 'en' : 'de';
    const story = makeStory(this.seed, key, language, startDay, MODULES[language].countries);
    if (key < 0) story.id = `t${-key - 1}`;
    return story;
  }

  private originalPlan(j: number, story: Story): ArticlePlan {
    const mod = MODULES[story.language];
    const rng = rngFor(this.seed, 'plan', j);
    const agency = rng.chance(0.3) ? rng.pick(mod.agencies) : null;
    return makePlan(rng, story, this.day(j), agency);
  }

  private publishedMs(i: number): number {
    const inDay = (i % this.perDay) / this.perDay;
    return this.startMs + this.day(i) * DAY_MS + Math.floor(inDay * DAY_MS);
  }

  article(i: number): GeneratedArticle {
    if (!Number.isInteger(i) || i < 0 || i >= this.size) throw new Error(`article index ${i} out of range 0..${this.size - 1}`);
    const r = this.resolve(i);
    const origin = r.of ?? i;
    const story = this.storyOf(origin);
    const mod = MODULES[story.language];
    let plan = this.originalPlan(origin, story);
    const edit = rngFor(this.seed, 'edit', i);
    if (r.role === 'copy') plan = copyPlan(plan, edit, edit.pick(mod.agencies));
    else if (r.role === 'rewrite') plan = rewritePlan(plan, edit);
    const rendered = mod.render(story, plan, {
      published: new Date(this.startMs + plan.day * DAY_MS),
      event: new Date(this.startMs + story.startDay * DAY_MS),
    }, this.seed);

    const outletRng = rngFor(this.seed, 'outlet', i);
    const outlet = outletRng.pick(mod.outlets);
    const published = new Date(Math.floor(this.publishedMs(i) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const url = `https://${outlet.domain}/${outletRng.pick(mod.sections)}/${published.slice(0, 10).replaceAll('-', '/')}/${mod.slug(story)}-${i}.html`;
    const header = `title: ${rendered.title}\noutlet: ${outlet.name}\nurl: ${url}\npublished: ${published}\nlanguage: ${story.language}\n\n`;

    let text = header;
    const claims: PlantedClaim[] = [];
    const append = (p: Part): void => {
      if (typeof p === 'string') {
        text += p;
        return;
      }
      claims.push({ span: { start: text.length, end: text.length + p.text.length }, text: p.text, measure: p.measure, source: p.source, speech: p.speech });
      text += p.text;
    };
    rendered.paragraphs.forEach((para, k) => {
      if (k > 0) text += '\n\n';
      else if (plan.dateline) text += `${mod.capital(story)} (${plan.dateline}) – `;
      para.forEach(append);
    });
    text += '\n';

    const id = this.id(i);
    return {
      index: i,
      id,
      text,
      bodyStart: header.length,
      meta: { title: rendered.title, outlet: outlet.name, url, publishedAt: published, language: story.language },
      truth: {
        id, index: i, language: story.language, story: story.id,
        group: this.id(origin), role: r.role, of: r.of === null ? null : this.id(r.of), claims,
      },
    };
  }

  document(i: number): Document {
    return toDocument(this.article(i));
  }

  *articles(from = 0, to = this.size): Generator<GeneratedArticle> {
    for (let i = from; i < Math.min(to, this.size); i++) yield this.article(i);
  }
}

export function toDocument(a: GeneratedArticle): Document {
  return makeDocument(a.text, { id: a.id, language: a.meta.language, title: a.meta.title, outlet: a.meta.outlet, url: a.meta.url, publishedAt: a.meta.publishedAt }, a.bodyStart);
}
