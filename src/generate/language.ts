import type { ArticlePlan, SentenceSpec } from './plan.js';
import type { CountryInfo, Story } from './story.js';
import type { Language, Part } from './types.js';
import type { Outlet } from './lexicon/types.js';

export interface RenderContext {
  /** publication date of the article (UTC midnight of its day) */
  published: Date;
  /** date of the event (UTC midnight of the story's first day) */
  event: Date;
}

export interface RenderedArticle {
  title: string;
  paragraphs: Part[][];
}

/** What the corpus needs from a language: its countries, outlets and a renderer for plans. */
export interface LanguageModule {
  code: Language;
  countries: readonly CountryInfo[];
  outlets: readonly Outlet[];
  agencies: readonly string[];
  sections: readonly string[];
  /** capital city of the story's country, for datelines */
  capital(story: Story): string;
  /** a URL slug for the story */
  slug(story: Story): string;
  render(story: Story, plan: ArticlePlan, ctx: RenderContext, seed: number): RenderedArticle;
}

/**
 * The sentence loop every renderer shares: sentences joined by a space within a paragraph, and the previous
 * speaker carried along (so that "er"/"he" and continued indirect speech refer back to someone real). A hedged
 * sentence does not make its speaker the one referred back to.
 */
export function renderParagraphs<S>(plan: ArticlePlan, pool: readonly S[], sentence: (spec: SentenceSpec, prev: S | null) => Part[]): Part[][] {
  let prev: S | null = null;
  return plan.paragraphs.map((para) =>
    para.flatMap((spec, i) => {
      const parts = sentence(spec, prev);
      if (spec.speaker >= 0 && spec.kind !== 'hedged') prev = pool[spec.speaker]!;
      return i === 0 ? parts : [' ', ...parts];
    }),
  );
}
