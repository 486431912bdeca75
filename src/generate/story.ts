/**
 * A story: one event (an attack, a flood, an election ...) with the facts every article about it
 * reports. Built from its key alone, so any article can rebuild its story on demand.
 */
import type { Measure } from '../core/claim.js';
import { rngFor, type Rng } from './random.js';
import { localityName } from './names.js';
import type { EventKind, Language } from './types.js';

export interface Fact {
  measure: Measure;
  /** value on the story's first day */
  base: number;
  /** relative growth per day (death tolls rise, budgets do not) */
  growth: number;
  /** null for counts; 'EUR', 'USD', '%', 'ha', 'km2' */
  unit: string | null;
  /** a variety selector for the renderer: which party, which purpose, which counted noun */
  slot: number;
}

export interface Story {
  id: string;
  key: number;
  language: Language;
  kind: EventKind;
  /** index into the language's country table */
  country: number;
  /** a second country (the attacker in a conflict story), may equal `country` */
  actor: number;
  place: number;
  /** day number (0 = corpus start) of the event */
  startDay: number;
  facts: Fact[];
  /** a background year for context sentences */
  year: number;
  /** the village or district where it happened (invented, unique-ish per story) */
  locality: string;
}

export interface CountryInfo {
  conflict: boolean;
  places: number;
}

const EVENTS: readonly EventKind[] = ['attack', 'frontline', 'flood', 'quake', 'protest', 'budget', 'election', 'fire'];
const EVENT_WEIGHTS = [4, 3, 2, 1, 2, 1, 1, 1];

function magnitude(rng: Rng, lo: number, hi: number): number {
  // log-uniform: small and large events both appear, as in real news
  const v = Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo)));
  return v < 20 ? Math.max(1, Math.round(v)) : Math.round(v);
}

function factsFor(kind: EventKind, rng: Rng): Fact[] {
  const f = (measure: Measure, lo: number, hi: number, growth: number, unit: string | null = null): Fact => ({
    measure, base: magnitude(rng, lo, hi), growth, unit, slot: rng.int(0, 9),
  });
  switch (kind) {
    case 'attack': {
      const killed = f('killed', 2, 150, rng.next() * 0.4);
      return [killed, { ...f('wounded', 3, 400, rng.next() * 0.3), base: killed.base * rng.int(2, 4) }, f('missing', 2, 60, 0)];
    }
    case 'frontline':
      return [f('killed_or_wounded', 300, 40000, 0.05), f('captured', 10, 900, 0.1), f('deployed', 1000, 60000, 0)];
    case 'flood':
      return [f('killed', 2, 200, rng.next() * 0.5), f('displaced', 500, 400000, 0.2), f('missing', 3, 300, -0.1), f('money', 5e6, 2e9, 0, rng.chance(0.8) ? 'EUR' : 'USD'), f('area', 20, 5000, 0.1, 'km2')];
    case 'quake':
      return [f('killed', 10, 5000, rng.next() * 0.6), f('wounded', 30, 20000, 0.3), f('displaced', 1000, 800000, 0.1), f('money', 1e7, 5e9, 0, rng.chance(0.5) ? 'EUR' : 'USD')];
    case 'protest':
      return [f('arrested', 10, 1500, 0.3), f('wounded', 3, 200, 0.2), f('deployed', 300, 12000, 0)];
    case 'budget':
      return [f('money', 1e8, 6e10, 0, 'EUR'), { measure: 'percent', base: rng.int(3, 49) / 10, growth: 0, unit: '%', slot: rng.int(0, 9) }, f('money', 1e7, 5e9, 0, 'EUR')];
    case 'election': {
      const a = rng.int(180, 420) / 10;
      const b = rng.int(80, Math.floor(a * 10) - 20) / 10;
      return [
        { measure: 'percent', base: a, growth: 0, unit: '%', slot: rng.int(0, 4) },
        { measure: 'percent', base: b, growth: 0, unit: '%', slot: rng.int(0, 4) },
        { measure: 'percent', base: rng.int(450, 790) / 10, growth: 0, unit: '%', slot: -1 },
      ];
    }
    case 'fire':
      return [f('area', 80, 60000, 0.3, 'ha'), f('displaced', 100, 40000, 0.2), f('deployed', 80, 4000, 0.1)];
  }
}

/** Build story `key`. `countries` describes the language's country table (conflict flag, number of places). */
export function makeStory(seed: number, key: number, language: Language, startDay: number, countries: readonly CountryInfo[]): Story {
  const rng = rngFor(seed, 'story', key);
  let kind = rng.weighted(EVENTS, EVENT_WEIGHTS);
  const conflictIdx = countries.map((c, i) => (c.conflict ? i : -1)).filter((i) => i >= 0);
  const anyIdx = countries.map((_, i) => i);
  const wantsConflict = kind === 'attack' || kind === 'frontline';
  if (wantsConflict && conflictIdx.length === 0) kind = 'flood';
  // budgets and elections are set in countries at peace (a war budget story would need other templates)
  const peaceIdx = countries.map((c, i) => (c.conflict ? -1 : i)).filter((i) => i >= 0);
  const civic = (kind === 'budget' || kind === 'election') && peaceIdx.length > 0;
  const country = rng.pick(wantsConflict && conflictIdx.length ? conflictIdx : civic ? peaceIdx : anyIdx);
  const actor = wantsConflict ? rng.pick(conflictIdx) : country;
  const place = rng.int(0, countries[country]!.places - 1);
  return {
    id: `s${key}`,
    key,
    language,
    kind,
    country,
    actor,
    place,
    startDay,
    facts: factsFor(kind, rng),
    year: rng.int(1995, 2021),
    locality: localityName(seed, key),
  };
}

/** The value of a fact as reported on `day` (tolls grow as the days pass). */
export function factValue(fact: Fact, story: Story, day: number): number {
  const days = Math.max(0, day - story.startDay);
  const v = fact.base * Math.max(0.3, 1 + fact.growth * days);
  if (fact.unit === '%') return Math.round(v * 10) / 10;
  return Math.max(1, Math.round(v));
}
