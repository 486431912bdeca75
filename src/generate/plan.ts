/**
 * An article plan: which sentences an article has, in which order, about which facts and speakers.
 * It is language-neutral; a renderer turns it into text. Copies and rewrites transform plans,
 * not text, so the generator always knows where each planted figure ended up.
 */
import type { Rng } from './random.js';
import type { Story } from './story.js';

export type SentenceKind =
  | 'lead' | 'unattributed' | 'reported' | 'direct' | 'indirect' | 'continued'
  | 'hedged' | 'media' | 'background' | 'context' | 'boilerplate';

export interface SentenceSpec {
  kind: SentenceKind;
  /** index into story.facts; -1 for sentences without a figure */
  fact: number;
  /** index into the story's speaker pool; -1 for none */
  speaker: number;
  /** which template of the kind */
  variant: number;
  /** seeds the lexical choices inside the template */
  seed: number;
  /** a light edit: a copy bumps it to change one word choice */
  tweak: number;
}

export interface ArticlePlan {
  day: number;
  title: { variant: number; seed: number };
  /** "Kiew (dpa) – " style dateline with the agency, or null */
  dateline: string | null;
  paragraphs: SentenceSpec[][];
}

/** Speaker pool size per story; the language modules build exactly this many speakers. */
export const SPEAKERS_PER_STORY = 6;
/** the pool's last speaker is always a media outlet */
export const MEDIA_SPEAKER = SPEAKERS_PER_STORY - 1;

const BODY_KINDS: readonly SentenceKind[] = ['reported', 'direct', 'indirect', 'hedged', 'media', 'unattributed', 'background', 'context'];
const BODY_WEIGHTS = [4, 3, 3, 2, 1, 1, 5, 4];

function spec(rng: Rng, kind: SentenceKind, fact: number, speaker: number): SentenceSpec {
  return { kind, fact, speaker, variant: rng.int(0, 7), seed: rng.int(0, 0x7fffffff), tweak: 0 };
}

export function makePlan(rng: Rng, story: Story, day: number, agency: string | null): ArticlePlan {
  const nFacts = story.facts.length;
  // each article quotes two or three speakers of the story's pool (never the media one directly)
  const voices = rng.shuffle([0, 1, 2, 3, 4]).slice(0, rng.int(2, 3));
  let factCursor = rng.int(0, nFacts - 1);
  const nextFact = (): number => (factCursor = (factCursor + 1) % nFacts);
  const paragraphs: SentenceSpec[][] = [[spec(rng, 'lead', 0, -1)]];
  if (rng.chance(0.5)) paragraphs[0]!.push(spec(rng, 'reported', nextFact(), rng.pick(voices)));
  const nParagraphs = rng.int(4, 9);
  for (let p = 0; p < nParagraphs; p++) {
    const para: SentenceSpec[] = [];
    const nSentences = rng.int(1, 4);
    for (let s = 0; s < nSentences; s++) {
      const kind = rng.weighted(BODY_KINDS, BODY_WEIGHTS);
      if (kind === 'background' || kind === 'context') para.push(spec(rng, kind, -1, -1));
      else if (kind === 'media') para.push(spec(rng, kind, nextFact(), MEDIA_SPEAKER));
      else if (kind === 'unattributed' || kind === 'hedged') para.push(spec(rng, kind, nextFact(), rng.pick(voices)));
      else {
        const speaker = rng.pick(voices);
        para.push(spec(rng, kind, nextFact(), speaker));
        // indirect speech goes on in Konjunktiv I with the speaker carried over
        if (kind === 'indirect' && rng.chance(0.6)) para.push(spec(rng, 'continued', nextFact(), speaker));
      }
    }
    paragraphs.push(para);
  }
  if (rng.chance(0.3)) paragraphs.push([spec(rng, 'boilerplate', -1, -1)]);
  return {
    day,
    title: { variant: rng.int(0, 7), seed: rng.int(0, 0x7fffffff) },
    dateline: agency,
    paragraphs,
  };
}
