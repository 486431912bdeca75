/**
 * German renderer: turns an article plan into German sentences. Each sentence kind has several
 * templates; word order follows German clause types (verb second, subject first, Konjunktiv I,
 * dass-clause with the verb last, "sollen" hedge), so the same fact reads differently each time.
 */
import type { Measure, SourceKind, Speech } from '../core/claim.js';
import * as L from './lexicon/de.js';
import type { OrgEntry } from './lexicon/types.js';
import { capitalize, deArea, deCount, deDigits, deMoney, dePercent } from './figure-de.js';
import { renderParagraphs, type LanguageModule, type RenderContext, type RenderedArticle } from './language.js';
import { MEDIA_SPEAKER, SPEAKERS_PER_STORY, type ArticlePlan, type SentenceSpec } from './plan.js';
import { rngFor, type Rng } from './random.js';
import { factValue, type Story } from './story.js';
import type { Part } from './types.js';

interface Speaker {
  kind: SourceKind;
  nom: string;
  dat: string;
  gen: string;
  short: string;
  pron: string;
  plural: boolean;
}

type Mood = 'v2' | 'subj' | 'konjV2' | 'konjSubj' | 'dass' | 'sollV2' | 'we';
const FIG = 0;
const MID = 1;
type Token = string | typeof FIG | typeof MID;
type Pattern = Record<Exclude<Mood, 'we'>, Token[]> & { we?: Token[] };

function fill(s: string, story: Story, adjCountry = story.country): string {
  const c = L.countries[story.country]!;
  return s
    .replaceAll('{A}', L.countries[adjCountry]!.adj)
    .replaceAll('{P}', c.places[story.place % c.places.length]!)
    .replaceAll('{K}', c.capital)
    .replaceAll('{C}', c.name)
    .replaceAll('{Y}', String(story.year)).replaceAll('{L}', story.locality);
}

function fitsEvent(events: readonly string[], story: Story): boolean {
  return events.length === 0 || events.includes(story.kind);
}

function personSpeaker(rng: Rng, story: Story): Speaker {
  const role = rng.pick(L.roles.filter((r) => fitsEvent(r.events, story)));
  const female = rng.chance(0.45);
  const name = `${rng.pick(female ? L.firstNamesF : L.firstNamesM)} ${rng.pick(L.lastNames)}`;
  const title = female ? role.f : role.m;
  const of = fill(role.of, story);
  const nom = of ? `${female ? 'die' : 'der'} ${title} ${of}, ${name}` : `${title} ${name}`;
  const short = rng.chance(0.6) ? name.split(' ').at(-1)! : `${female ? 'die' : 'der'} ${title}`;
  return { kind: 'person', nom, dat: of ? name : `${title} ${name}`, gen: `von ${of ? name : `${title} ${name}`}`, short, pron: female ? 'sie' : 'er', plural: false };
}

function entrySpeaker(e: OrgEntry, story: Story, adjCountry: number): Speaker {
  return { kind: e.kind, nom: fill(e.nom, story, adjCountry), dat: fill(e.dat, story, adjCountry), gen: fill(e.gen, story, adjCountry), short: fill(e.short, story, adjCountry), pron: e.pron, plural: e.plural };
}

/** The story's speaker pool: persons, organisations, an anonymous official and (last) a media outlet. */
function speakers(story: Story, seed: number): Speaker[] {
  const rng = rngFor(seed, 'speakers', story.key);
  const side = (): number => (rng.chance(0.7) ? story.country : story.actor);
  const orgs = L.orgs.filter((o) => fitsEvent(o.events, story));
  const anon = L.anonymous.filter((o) => fitsEvent(o.events, story));
  const pool: Speaker[] = [
    personSpeaker(rng, story),
    entrySpeaker(rng.pick(orgs), story, side()),
    personSpeaker(rng, story),
    rng.chance(0.5) ? entrySpeaker(rng.pick(orgs), story, side()) : personSpeaker(rng, story),
    entrySpeaker(rng.pick(anon), story, side()),
    entrySpeaker(rng.pick(L.media), story, story.country),
  ];
  if (pool.length !== SPEAKERS_PER_STORY) throw new Error('speaker pool size mismatch');
  return pool;
}

const midComma = (nom: string): string => (nom.includes(', ') ? `${nom},` : nom);

function countedFor(measure: Measure, story: Story, rng: Rng): string {
  const adj = L.countries[story.actor]!.adj;
  if (story.kind === 'frontline' && (measure === 'killed_or_wounded' || measure === 'captured' || measure === 'deployed')) {
    return rng.pick([`${adj}e Soldaten`, 'Soldaten', `${adj}e Kämpfer`]);
  }
  if (story.kind === 'protest' && measure === 'deployed') return 'Polizisten';
  if (story.kind === 'protest' && measure === 'wounded') return rng.pick(['Polizisten', 'Demonstranten', 'Menschen']);
  if (story.kind === 'fire' && measure === 'deployed') return rng.pick(['Feuerwehrleute', 'Einsatzkräfte']);
  if (story.kind === 'fire' && measure === 'displaced') return rng.pick(['Anwohner', 'Menschen']);
  return rng.pick(L.measurePhrases[measure as keyof typeof L.measurePhrases].counted);
}

/** dative/genitive plural of a figure noun: Tote → Toten */
function nounOblique(noun: string): string {
  return noun.split(' ').map((w) => (/[^r]e$/.test(w) && !w.endsWith('kräfte') ? `${w}n` : w)).join(' ');
}

function patternFor(story: Story, factIndex: number, rng: Rng): Pattern {
  const fact = story.facts[factIndex]!;
  const m = fact.measure;
  if (m === 'money') {
    const purpose = L.purposes[fact.slot % L.purposes.length]!;
    if (fact.slot % 2 === 0) {
      const who = rng.pick(['die Regierung', 'der Staat', 'das Land']);
      return {
        v2: ['stellt', who, MID, FIG, purpose, 'bereit'], subj: [capitalize(who), 'stellt', MID, FIG, purpose, 'bereit'],
        konjV2: ['stelle', who, MID, FIG, purpose, 'bereit'], konjSubj: [who, 'stelle', MID, FIG, purpose, 'bereit'],
        dass: ['dass', who, MID, FIG, purpose, 'bereitstelle'], sollV2: ['soll', who, MID, FIG, purpose, 'bereitstellen'],
        we: ['Wir stellen', MID, FIG, purpose, 'bereit'],
      };
    }
    return {
      v2: ['fließen', MID, FIG, purpose], subj: [FIG, 'fließen', MID, purpose],
      konjV2: ['würden', MID, FIG, purpose, 'fließen'], konjSubj: [FIG, 'würden', MID, purpose, 'fließen'],
      dass: ['dass', MID, FIG, purpose, 'fließen würden'], sollV2: ['sollen', MID, FIG, purpose, 'fließen'],
    };
  }
  if (m === 'percent') {
    if (story.kind === 'election' && fact.slot >= 0) {
      const party = L.parties[(((story.key + factIndex) % L.parties.length) + L.parties.length) % L.parties.length]!;
      return {
        v2: ['kam', party, MID, 'auf', FIG], subj: [capitalize(party), 'kam', MID, 'auf', FIG],
        konjV2: ['komme', party, MID, 'auf', FIG], konjSubj: [party, 'komme', MID, 'auf', FIG],
        dass: ['dass', party, MID, 'auf', FIG, 'komme'], sollV2: ['soll', party, MID, 'auf', FIG, 'gekommen sein'],
      };
    }
    const subject = story.kind === 'election' ? 'die Wahlbeteiligung' : rng.pick(['das Haushaltsdefizit', 'die Neuverschuldung']);
    return {
      v2: ['lag', subject, MID, 'bei', FIG], subj: [capitalize(subject), 'lag', MID, 'bei', FIG],
      konjV2: ['liege', subject, MID, 'bei', FIG], konjSubj: [subject, 'liege', MID, 'bei', FIG],
      dass: ['dass', subject, MID, 'bei', FIG, 'liege'], sollV2: ['soll', subject, MID, 'bei', FIG, 'gelegen haben'],
    };
  }
  if (m === 'area') {
    if (fact.unit === 'ha') {
      return {
        v2: ['hat das Feuer', MID, FIG, 'Wald zerstört'], subj: ['Das Feuer hat', MID, FIG, 'Wald zerstört'],
        konjV2: ['habe das Feuer', MID, FIG, 'Wald zerstört'], konjSubj: ['das Feuer habe', MID, FIG, 'Wald zerstört'],
        dass: ['dass das Feuer', MID, FIG, 'Wald zerstört habe'], sollV2: ['soll das Feuer', MID, FIG, 'Wald zerstört haben'],
      };
    }
    return {
      v2: ['stehen', MID, FIG, 'unter Wasser'], subj: [FIG, 'stehen', MID, 'unter Wasser'],
      konjV2: ['stünden', MID, FIG, 'unter Wasser'], konjSubj: [FIG, 'stünden', MID, 'unter Wasser'],
      dass: ['dass', MID, FIG, 'unter Wasser stünden'], sollV2: ['sollen', MID, FIG, 'unter Wasser stehen'],
    };
  }
  const phrase = L.measurePhrases[m as keyof typeof L.measurePhrases];
  const counted = countedFor(m, story, rng);
  const noun = rng.pick(phrase.nouns);
  if (m === 'missing') {
    return {
      v2: ['werden', MID, 'noch', FIG, counted, 'vermisst'], subj: [FIG, counted, 'werden', MID, 'noch vermisst'],
      konjV2: ['würden', MID, 'noch', FIG, counted, 'vermisst'], konjSubj: [FIG, counted, 'würden', MID, 'noch vermisst'],
      dass: ['dass', MID, 'noch', FIG, counted, 'vermisst würden'], sollV2: ['sollen', MID, 'noch', FIG, counted, 'vermisst werden'],
      we: ['Wir vermissen', MID, 'noch', FIG, counted],
    };
  }
  const part = rng.pick(phrase.participle);
  return {
    v2: ['wurden', MID, FIG, counted, part], subj: [FIG, counted, 'wurden', MID, part],
    konjV2: ['seien', MID, FIG, counted, part, 'worden'], konjSubj: [FIG, counted, 'seien', MID, part, 'worden'],
    dass: ['dass', MID, FIG, counted, part, 'worden seien'], sollV2: ['sollen', MID, FIG, counted, part, 'worden sein'],
    // first person only where the speaker can be the one who counted or acted
    we: m === 'deployed' || m === 'arrested' || m === 'captured' ? ['Wir haben', MID, FIG, counted, part] : ['Wir haben', MID, FIG, noun, 'registriert'],
  };
}

function figureText(story: Story, factIndex: number, day: number, rng: Rng): string {
  const fact = story.facts[factIndex]!;
  const v = factValue(fact, story, day);
  if (fact.measure === 'money') return deMoney(v, fact.unit ?? 'EUR', rng);
  if (fact.measure === 'percent') return dePercent(v, rng);
  if (fact.measure === 'area') return deArea(v, fact.unit ?? 'km2', rng);
  return deCount(v, rng);
}

/** Sentence builder: collects parts, joins tokens with single spaces. */
class Sentence {
  readonly parts: Part[] = [];
  private atStart = true;

  word(s: string): this {
    if (!s) return this;
    this.push(this.atStart ? capitalize(s) : s);
    return this;
  }

  private push(p: Part): void {
    const last = this.parts.at(-1);
    const text = typeof p === 'string' ? p : p.text;
    const glue = this.parts.length === 0 || /^[,.:;!?“]/.test(text) || (typeof last === 'string' && last.endsWith('„')) ? '' : ' ';
    if (glue) this.parts.push(glue);
    this.parts.push(p);
    this.atStart = false;
  }

  figure(text: string, measure: Measure, source: SourceKind, speech: Speech): this {
    this.push({ text: this.atStart ? capitalize(text) : text, measure, source, speech });
    return this;
  }

  clause(tokens: Token[], fig: { text: string; measure: Measure; source: SourceKind; speech: Speech }, mid: string): this {
    for (const t of tokens) {
      if (t === FIG) this.figure(fig.text, fig.measure, fig.source, fig.speech);
      else if (t === MID) this.word(mid);
      else this.word(t);
    }
    return this;
  }

  raw(s: string): this {
    this.push(s);
    return this;
  }
}

function timePhrase(story: Story, ctx: RenderContext, rng: Rng): string {
  const days = Math.round((ctx.published.getTime() - ctx.event.getTime()) / 86400000);
  const wd = L.weekdays[ctx.event.getUTCDay()]!;
  if (rng.chance(0.25)) return '';
  if (days <= 0) return rng.pick([`am ${wd}`, `am ${wd}morgen`, `in der Nacht zu ${wd}`, 'am frühen Morgen', 'heute']);
  if (days === 1) return rng.pick([`am ${wd}`, 'am Vortag', 'gestern', `am ${wd}abend`]);
  return rng.pick([
    `seit ${wd}`, 'bislang', 'bisher', `in den vergangenen ${days <= 12 ? ['', '', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'][days] : String(days)} Tagen`,
    `seit dem ${ctx.event.getUTCDate()}. ${L.months[ctx.event.getUTCMonth()]}`, 'seit Beginn der Krise',
  ]);
}

function placePhrase(story: Story, rng: Rng): string {
  const c = L.countries[story.country]!;
  const p = c.places[story.place % c.places.length]!;
  const l = story.locality;
  return rng.pick([`in ${l} nahe ${p}`, `in ${l}`, `im Ort ${l} in der Region ${p}`, `in ${l} bei ${p}`, `in der Gegend um ${l}`, `in ${p}`]);
}

function sayVerb(spec: SentenceSpec, rng: Rng): (typeof L.sayVerbs)[number] {
  const i = rng.int(0, L.sayVerbs.length - 1);
  return L.sayVerbs[(i + spec.tweak) % L.sayVerbs.length]!;
}


function renderSentence(spec: SentenceSpec, story: Story, pool: Speaker[], ctx: RenderContext, day: number, prevSpeaker: Speaker | null): Part[] {
  const rng = rngFor(spec.seed, spec.kind, spec.variant);
  const s = new Sentence();
  if (spec.kind === 'background') return [fill(rng.pick(L.background), story)];
  if (spec.kind === 'context') return [capitalize(fill(rng.pick(L.context), story))];
  if (spec.kind === 'boilerplate') return [rng.pick(L.boilerplate)];
  const fact = story.facts[spec.fact]!;
  const pattern = patternFor(story, spec.fact, rng);
  const speaker = spec.speaker >= 0 ? pool[spec.speaker]! : null;
  const fig = (source: SourceKind, speech: Speech) => ({ text: figureText(story, spec.fact, day, rng), measure: fact.measure, source, speech });
  const time = timePhrase(story, ctx, rng);
  const place = placePhrase(story, rng);
  const event = rng.pick(L.eventNouns[story.kind]);
  const v = spec.variant;
  switch (spec.kind) {
    case 'lead':
      if (v % 3 === 0) s.word(`bei ${event} ${place}`).clause(pattern.v2, fig('unattributed', 'none'), time);
      else if (v % 3 === 1 && time) s.word(time).clause(pattern.v2, fig('unattributed', 'none'), place);
      else s.clause(pattern.subj, fig('unattributed', 'none'), `${time} ${place}`.trim());
      return s.raw('.').parts;
    case 'unattributed':
      if (v % 2 === 0) s.word(rng.pick(['insgesamt', 'nach ' + event, place])).clause(pattern.v2, fig('unattributed', 'none'), time);
      else s.clause(pattern.subj, fig('unattributed', 'none'), time);
      return s.raw('.').parts;
    case 'reported': {
      const sp = speaker!;
      const verb = sayVerb(spec, rng);
      switch (v % 4) {
        case 0: s.word(`nach Angaben ${sp.gen}`); break;
        case 1: s.word(`laut ${sp.dat}`); break;
        case 2: s.word(`${sp.dat} zufolge`); break;
        default: s.word(`wie ${midComma(sp.nom)} ${verb.particle}${sp.plural ? verb.pl : verb.sg}`).raw(',');
      }
      return s.clause(pattern.v2, fig(sp.kind, 'reported'), time).raw('.').parts;
    }
    case 'direct': {
      const sp = speaker!;
      const verb = sayVerb(spec, rng);
      const body = pattern.we && rng.chance(0.5) ? pattern.we : pattern.subj;
      const f = fig(sp.kind, 'direct');
      const vf = sp.plural ? verb.pl : verb.sg;
      if (v % 4 === 1) {
        s.word(`${midComma(sp.nom)} ${vf}${verb.particle ? ' ' + verb.particle : ''}`).raw(':').raw('„');
        const inner = new Sentence().clause(body, f, time).raw('.');
        s.parts.push(...inner.parts);
        return s.raw('“').parts;
      }
      s.raw('„');
      if (v % 4 === 3) s.raw(rng.pick(['Die Lage ist dramatisch. ', 'Wir tun alles, was wir können. ', 'Das ist erst der Anfang. ']));
      const inner = new Sentence().clause(body, f, time);
      s.parts.push(...inner.parts);
      const who = v % 4 === 2 ? sp.short : sp.nom;
      return s.raw('“,').word(`${vf} ${who}${verb.particle ? ' ' + verb.particle : ''}`).raw('.').parts;
    }
    case 'indirect': {
      const sp = speaker!;
      const verb = sayVerb(spec, rng);
      const vf = sp.plural ? verb.pl : verb.sg;
      const f = fig(sp.kind, 'indirect');
      switch (v % 4) {
        case 0: s.word(`${midComma(sp.nom)} ${vf}${verb.particle ? ' ' + verb.particle : ''}`).raw(',').clause(pattern.konjSubj, f, time); break;
        case 1: s.word(`${midComma(sp.nom)} ${vf}${verb.particle ? ' ' + verb.particle : ''}`).raw(',').clause(pattern.dass, f, time); break;
        case 2: s.clause(pattern.konjSubj, f, time).raw(',').word(`${vf} ${sp.nom}${verb.particle ? ' ' + verb.particle : ''}`); break;
        default: s.word(time || 'am Abend').word(`${vf} ${midComma(sp.nom)}${verb.particle ? ' ' + verb.particle : ''}`).raw(',').clause(pattern.konjSubj, f, '');
      }
      return s.raw('.').parts;
    }
    case 'continued': {
      const sp = prevSpeaker ?? speaker!;
      const f = fig(sp.kind, 'indirect');
      switch (v % 4) {
        case 0: s.word('zudem').clause(pattern.konjV2, f, time); break;
        case 1: s.word('außerdem').clause(pattern.konjV2, f, time); break;
        case 2: s.word(`${sp.pron} ${sp.plural ? 'fügten' : 'fügte'} hinzu`).raw(',').clause(pattern.konjSubj, f, time); break;
        default: s.word('weiter hieß es').raw(',').clause(pattern.konjSubj, f, time);
      }
      return s.raw('.').parts;
    }
    case 'hedged': {
      const sp = speaker!;
      switch (v % 5) {
        case 0: s.word(place).clause(pattern.sollV2, fig('unattributed', 'none'), time); break;
        case 1: s.word('Berichten zufolge').clause(pattern.v2, fig('unattributed', 'reported'), time); break;
        case 2: s.word(`nach vorläufigen Angaben ${sp.gen}`).clause(pattern.v2, fig(sp.kind, 'reported'), time); break;
        case 3: s.word(`Schätzungen ${sp.gen} zufolge`).clause(pattern.v2, fig(sp.kind, 'reported'), time); break;
        default: s.word(`${midComma(sp.nom)} ${sp.plural ? 'gehen' : 'geht'} davon aus`).raw(',').clause(pattern.dass, fig(sp.kind, 'indirect'), time);
      }
      return s.raw('.').parts;
    }
    case 'media': {
      const sp = pool[MEDIA_SPEAKER]!;
      const verb = rng.pick(['berichtete', 'meldete', 'schrieb']);
      switch (v % 3) {
        case 0: s.word(`wie ${midComma(sp.nom)} ${verb}`).raw(',').clause(pattern.v2, fig('media', 'reported'), time); break;
        case 1: s.word(`${midComma(sp.nom)} ${verb}`).raw(',').clause(pattern.konjSubj, fig('media', 'indirect'), time); break;
        default: s.word(`laut einem Bericht ${sp.gen}`).clause(pattern.v2, fig('media', 'reported'), time);
      }
      return s.raw('.').parts;
    }
  }
}

function renderTitle(story: Story, plan: ArticlePlan, seed: number): string {
  const rng = rngFor(plan.title.seed, 'title', plan.title.variant);
  const head = fill(rng.pick(L.titleNouns[story.kind]), story);
  const fact = story.facts[0]!;
  const v = factValue(fact, story, plan.day);
  if (plan.title.variant % 3 === 0 || fact.unit !== null) return head;
  const noun = rng.pick(L.measurePhrases[fact.measure as keyof typeof L.measurePhrases]?.nouns ?? ['Betroffene']);
  const prefix = plan.title.variant % 3 === 1 ? 'Mindestens ' : '';
  return `${head}: ${prefix}${deDigits(v)} ${noun}`;
}

export const german: LanguageModule = {
  code: 'de',
  countries: L.countries.map((c) => ({ conflict: c.conflict, places: c.places.length })),
  outlets: L.outlets,
  agencies: L.agencies,
  sections: L.sections,
  capital: (story) => L.countries[story.country]!.capital,
  slug: (story) => fill(L.titleNouns[story.kind][0]!, story).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
  render(story: Story, plan: ArticlePlan, ctx: RenderContext, seed: number): RenderedArticle {
    const pool = speakers(story, seed);
    const paragraphs = renderParagraphs(plan, pool, (spec, prev) => renderSentence(spec, story, pool, ctx, plan.day, prev));
    return { title: renderTitle(story, plan, seed), paragraphs };
  },
};
