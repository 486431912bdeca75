/**
 * Syndication as plan transforms. A copy is the same plan with light edits (one reporting verb
 * swapped, a paragraph cut, a dateline or boilerplate added or dropped, sometimes a new headline);
 * a rewrite keeps the facts but re-renders most sentences with other templates and reorders the body.
 */
import type { ArticlePlan, SentenceSpec } from './plan.js';
import type { Rng } from './random.js';

const cloneSpec = (s: SentenceSpec): SentenceSpec => ({ ...s });

export function copyPlan(plan: ArticlePlan, rng: Rng, agency: string): ArticlePlan {
  let paragraphs = plan.paragraphs.map((p) => p.map(cloneSpec));
  const all = paragraphs.flat();
  for (let n = rng.int(1, 2); n > 0; n--) rng.pick(all).tweak += 1;
  const last = paragraphs.at(-1)!;
  if (last.length === 1 && last[0]!.kind === 'boilerplate' && rng.chance(0.5)) paragraphs = paragraphs.slice(0, -1);
  if (paragraphs.length > 3 && rng.chance(0.4)) paragraphs = paragraphs.slice(0, -1);
  if (rng.chance(0.25)) paragraphs.push([{ kind: 'boilerplate', fact: -1, speaker: -1, variant: 0, seed: rng.int(0, 0x7fffffff), tweak: 0 }]);
  return {
    day: plan.day,
    title: rng.chance(0.3) ? { variant: rng.int(0, 7), seed: plan.title.seed } : plan.title,
    dateline: plan.dateline ?? (rng.chance(0.5) ? agency : null),
    paragraphs,
  };
}

export function rewritePlan(plan: ArticlePlan, rng: Rng): ArticlePlan {
  const renew = (s: SentenceSpec): SentenceSpec => (rng.chance(0.6) ? { ...s, variant: rng.int(0, 7), seed: rng.int(0, 0x7fffffff) } : cloneSpec(s));
  const [lead, ...body] = plan.paragraphs;
  const newLead = lead!.map((s, i) => (i === 0 ? { ...s, variant: rng.int(0, 7), seed: rng.int(0, 0x7fffffff) } : renew(s)));
  let newBody = rng.shuffle(body.filter((p) => !(p.length === 1 && p[0]!.kind === 'boilerplate')).map((p) => p.map(renew)));
  if (newBody.length > 2) newBody.splice(rng.int(0, newBody.length - 1), 1);
  newBody.splice(rng.int(0, newBody.length), 0, [{ kind: rng.chance(0.5) ? 'context' : 'background', fact: -1, speaker: -1, variant: rng.int(0, 7), seed: rng.int(0, 0x7fffffff), tweak: 0 }]);
  return { day: plan.day, title: { variant: rng.int(0, 7), seed: rng.int(0, 0x7fffffff) }, dateline: null, paragraphs: [newLead, ...newBody] };
}
