import type { ArticlePlan } from './plan.js';
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
