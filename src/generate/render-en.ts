/** English renderer: the same plans as German, with English clause shapes (past, pluperfect, "reportedly"). */
import type { Measure, SourceKind, Speech } from '../core/claim.js';
import * as L from './lexicon/en.js';
import type { OrgEntry } from './lexicon/types.js';
import { capitalize } from './figure-de.js';
import { enArea, enCount, enDigits, enMoney, enPercent } from './figure-en.js';
import { renderParagraphs, type LanguageModule, type RenderContext, type RenderedArticle } from './language.js';
import { MEDIA_SPEAKER, type ArticlePlan, type SentenceSpec } from './plan.js';
import { rngFor, type Rng } from './random.js';
import { factValue, type Story } from './story.js';
import type { Part } from './types.js';

interface Speaker { kind: SourceKind; nom: string; short: string; pron: string; plural: boolean }
type Mood = 'plain' | 'plup' | 'hedge';
const FIG = 0;
const MID = 1;
type Token = string | typeof FIG | typeof MID;

function fill(s: string, story: Story, adjCountry = story.country): string {
  const c = L.countries[story.country]!;
  return s.replaceAll('{A}', L.countries[adjCountry]!.adj).replaceAll('{P}', c.places[story.place % c.places.length]!)
    .replaceAll('{K}', c.capital).replaceAll('{C}', c.name).replaceAll('{Y}', String(story.year)).replaceAll('{L}', story.locality);
}

const fits = (events: readonly string[], story: Story): boolean => events.length === 0 || events.includes(story.kind);

function person(rng: Rng, story: Story): Speaker {
  const role = rng.pick(L.roles.filter((r) => fits(r.events, story)));
  const female = rng.chance(0.45);
  const name = `${rng.pick(female ? L.firstNamesF : L.firstNamesM)} ${rng.pick(L.lastNames)}`;
  const of = fill(role.of, story);
  const nom = of ? `${name}, ${role.title} ${of}` : `${capitalize(role.title)} ${name}`;
  return { kind: 'person', nom, short: name.split(' ').at(-1)!, pron: female ? 'she' : 'he', plural: false };
}

const entry = (e: OrgEntry, story: Story, adj: number): Speaker => ({ kind: e.kind, nom: fill(e.nom, story, adj), short: fill(e.short, story, adj), pron: e.pron, plural: e.plural });

function speakers(story: Story, seed: number): Speaker[] {
  const rng = rngFor(seed, 'speakers', story.key);
  const side = (): number => (rng.chance(0.7) ? story.country : story.actor);
  const orgs = L.orgs.filter((o) => fits(o.events, story));
  return [
    person(rng, story), entry(rng.pick(orgs), story, side()), person(rng, story),
    rng.chance(0.5) ? entry(rng.pick(orgs), story, side()) : person(rng, story),
    entry(rng.pick(L.anonymous.filter((o) => fits(o.events, story))), story, side()),
    entry(rng.pick(L.media), story, story.country),
  ];
}

function pattern(story: Story, factIndex: number, rng: Rng): Record<Mood, Token[]> {
  const fact = story.facts[factIndex]!;
  const m = fact.measure;
  if (m === 'money') {
    const p = L.purposes[fact.slot % L.purposes.length]!;
    return { plain: ['the government pledged', FIG, p, MID], plup: ['the government had pledged', FIG, p, MID], hedge: ['the government reportedly pledged', FIG, p, MID] };
  }
  if (m === 'percent') {
    if (story.kind === 'election' && fact.slot >= 0) {
      const party = L.parties[(((story.key + factIndex) % L.parties.length) + L.parties.length) % L.parties.length]!;
      return { plain: [party, 'won', FIG, 'of the vote', MID], plup: [party, 'had won', FIG, 'of the vote', MID], hedge: [party, 'reportedly won', FIG, 'of the vote', MID] };
    }
    const subj = story.kind === 'election' ? 'turnout' : 'the deficit';
    return { plain: [subj, 'stood at', FIG, MID], plup: [subj, 'had stood at', FIG, MID], hedge: [subj, 'reportedly stood at', FIG, MID] };
  }
  if (m === 'area') {
    if (fact.unit === 'ha') return { plain: ['the fire burned', FIG, 'of forest', MID], plup: ['the fire had burned', FIG, 'of forest', MID], hedge: ['the fire reportedly burned', FIG, 'of forest', MID] };
    return { plain: [FIG, 'were under water', MID], plup: [FIG, 'had been flooded', MID], hedge: [FIG, 'were reportedly under water', MID] };
  }
  const ph = L.measurePhrases[m]!;
  const counted = story.kind === 'frontline' ? `${L.countries[story.actor]!.adj} ${rng.pick(ph.counted)}`
    : m === 'deployed' ? (story.kind === 'fire' ? 'firefighters' : story.kind === 'protest' ? 'police officers' : rng.pick(['troops', 'soldiers']))
    : rng.pick(ph.counted);
  if (m === 'missing') return { plain: [FIG, counted, 'were still missing', MID], plup: [FIG, counted, 'were still missing', MID], hedge: [FIG, counted, 'were reportedly missing', MID] };
  const part = rng.pick(ph.participle);
  return { plain: [FIG, counted, 'were', part, MID], plup: [FIG, counted, 'had been', part, MID], hedge: [FIG, counted, 'were reportedly', part, MID] };
}

function figure(story: Story, i: number, day: number, rng: Rng): string {
  const f = story.facts[i]!;
  const v = factValue(f, story, day);
  if (f.measure === 'money') return enMoney(v, f.unit ?? 'USD', rng);
  if (f.measure === 'percent') return enPercent(v, rng);
  if (f.measure === 'area') return enArea(v, f.unit ?? 'km2', rng);
  return enCount(v, rng);
}

function clause(tokens: Token[], fig: { text: string; measure: Measure; source: SourceKind; speech: Speech }, mid: string, cap: boolean): Part[] {
  const out: Part[] = [];
  for (const t of tokens) {
    const text = t === FIG ? fig.text : t === MID ? mid : t;
    if (!text) continue;
    const shown = cap && out.length === 0 ? capitalize(text) : text;
    if (out.length) out.push(' ');
    out.push(t === FIG ? { ...fig, text: shown } : shown);
  }
  return out;
}

function time(ctx: RenderContext, rng: Rng): string {
  const days = Math.round((ctx.published.getTime() - ctx.event.getTime()) / 86400000);
  const wd = L.weekdays[ctx.event.getUTCDay()]!;
  if (rng.chance(0.3)) return '';
  if (days <= 0) return rng.pick([`on ${wd}`, 'overnight', 'early on ' + wd]);
  if (days === 1) return rng.pick([`on ${wd}`, 'yesterday']);
  return rng.pick([`since ${wd}`, 'so far', `over the past ${days} days`]);
}

function render1(spec: SentenceSpec, story: Story, pool: Speaker[], ctx: RenderContext, day: number, prev: Speaker | null): Part[] {
  const rng = rngFor(spec.seed, spec.kind, spec.variant);
  if (spec.kind === 'background' || spec.kind === 'context') return [fill(rng.pick(L.background), story)];
  if (spec.kind === 'boilerplate') return [rng.pick(L.boilerplate)];
  const p = pattern(story, spec.fact, rng);
  const measure = story.facts[spec.fact]!.measure;
  const sp = spec.speaker >= 0 ? pool[spec.speaker]! : null;
  const fig = (source: SourceKind, speech: Speech) => ({ text: figure(story, spec.fact, day, rng), measure, source, speech });
  const t = time(ctx, rng);
  const c = L.countries[story.country]!;
  const place = rng.pick([`in ${story.locality} near ${c.places[story.place % c.places.length]}`, `in ${story.locality}`, `in ${c.places[story.place % c.places.length]}`]);
  const verbs = L.sayVerbs;
  const say = verbs[(rng.int(0, verbs.length - 1) + spec.tweak) % verbs.length]!;
  const v = spec.variant;
  switch (spec.kind) {
    case 'lead':
    case 'unattributed':
      return [...clause(p.plain, fig('unattributed', 'none'), `${place} ${t}`.trim(), true), '.'];
    case 'reported':
      return v % 2 === 0
        ? [`According to ${sp!.nom}, `, ...clause(p.plain, fig(sp!.kind, 'reported'), t, false), '.']
        : [...clause(p.plain, fig(sp!.kind, 'reported'), t, true), `, according to ${sp!.nom}.`];
    case 'direct':
      return ['“', ...clause(p.plain, fig(sp!.kind, 'direct'), t, true), `,” ${v % 2 ? sp!.short : sp!.nom} ${say}.`];
    case 'indirect':
      return [`${capitalize(sp!.nom)} ${say} `, ...(v % 2 ? ['that '] : []), ...clause(p.plup, fig(sp!.kind, 'indirect'), t, false), '.'];
    case 'continued': {
      const s = prev ?? sp!;
      return [`${capitalize(s.pron)} added that `, ...clause(p.plup, fig(s.kind, 'indirect'), t, false), '.'];
    }
    case 'hedged':
      return [...clause(p.hedge, fig('unattributed', 'none'), t, true), '.'];
    case 'media': {
      const m = pool[MEDIA_SPEAKER]!;
      return [`${capitalize(m.nom)} reported that `, ...clause(p.plup, fig('media', 'indirect'), t, false), '.'];
    }
  }
}

function title(story: Story, plan: ArticlePlan): string {
  const rng = rngFor(plan.title.seed, 'title', plan.title.variant);
  const head = fill(rng.pick(L.titleNouns[story.kind]), story);
  const f = story.facts[0]!;
  if (plan.title.variant % 2 === 0 || f.unit !== null) return head;
  return `${head}: ${enDigits(factValue(f, story, plan.day))} ${rng.pick(L.measurePhrases[f.measure]?.nouns ?? ['affected'])}`;
}

export const english: LanguageModule = {
  code: 'en',
  countries: L.countries.map((c) => ({ conflict: c.conflict, places: c.places.length })),
  outlets: L.outlets,
  agencies: L.agencies,
  sections: L.sections,
  capital: (story) => L.countries[story.country]!.capital,
  slug: (story) => fill(L.titleNouns[story.kind][0]!, story).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
  render(story: Story, plan: ArticlePlan, ctx: RenderContext, seed: number): RenderedArticle {
    const pool = speakers(story, seed);
    const paragraphs = renderParagraphs(plan, pool, (spec, prev) => render1(spec, story, pool, ctx, plan.day, prev));
    return { title: title(story, plan), paragraphs };
  },
};
