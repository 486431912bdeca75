import type { CountryTables } from './tables.js';
import { cached, escapeRegex } from './pattern.js';

/**
 * Country lookup for one language: a word (or two-word name) → ISO 3166 alpha-2.
 * Adjectives are stems; their inflected forms are generated once here.
 */
export interface CountryIndex {
  /** exact word form (name, capital, demonym, possessive) → ISO */
  byWord: Map<string, string>;
  /** country names and capitals only: these can act and speak ("Kiew meldet") */
  actors: Map<string, string>;
  demonyms: Map<string, string>;
  /** lower-case inflected adjective → ISO */
  byAdjective: Map<string, string>;
  /** hyphen prefix ("US" in "US-Beamter") → ISO */
  byPrefix: Map<string, string>;
  /** two-word names ("Vereinigte Staaten") as one regex */
  multiWord: RegExp | null;
}

const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

export const countryIndex = cached((t: CountryTables): CountryIndex => {
  const byWord = new Map<string, string>();
  const actors = new Map<string, string>();
  const multi: string[] = [];
  for (const [form, iso] of t.names) {
    if (form.includes(' ')) multi.push(escapeRegex(form));
    else {
      byWord.set(form, iso);
      actors.set(form, iso);
    }
  }
  const demonyms = new Map(t.demonyms);
  for (const [form, iso] of [...t.demonyms, ...t.possessives]) if (!byWord.has(form)) byWord.set(form, iso);
  const byAdjective = new Map<string, string>();
  for (const [stem, iso] of t.adjectives) for (const e of ENDINGS) byAdjective.set(stem + e, iso);
  const byPrefix = new Map(t.prefixes);
  return {
    byWord,
    actors,
    demonyms,
    byAdjective,
    byPrefix,
    multiWord: multi.length ? new RegExp(`(?:${multi.join('|')})`, 'gu') : null,
  };
});

/** ISO of a single word: a country name/capital/demonym/possessive, an adjective, or a compound with a country prefix. */
export function countryOfWord(idx: CountryIndex, word: string): string | null {
  const exact = idx.byWord.get(word);
  if (exact) return exact;
  const lower = word.toLowerCase();
  const adj = idx.byAdjective.get(lower);
  if (adj) return adj;
  const dash = word.indexOf('-');
  if (dash > 0) {
    const head = word.slice(0, dash);
    const p = idx.byPrefix.get(head) ?? idx.byWord.get(head);
    if (p) return p;
    // "us-amerikanische": the whole hyphenated adjective
    const a2 = idx.byAdjective.get(lower);
    if (a2) return a2;
  }
  return null;
}

/** Is the word a nationality adjective (not a name)? Adjectives describe, names may act. */
export function isCountryAdjective(idx: CountryIndex, word: string): boolean {
  return idx.byAdjective.has(word.toLowerCase());
}

/**
 * English adjectives for canonical source names, shared by every language so that the same source is one
 * source in German and English articles ("British government official (anonymous)").
 */
export const COUNTRY_ADJECTIVE_EN: Record<string, string> = {
  KP: 'North Korean', KR: 'South Korean', RU: 'Russian', UA: 'Ukrainian', US: 'US', GB: 'British', JP: 'Japanese',
  CN: 'Chinese', DE: 'German', FR: 'French', IT: 'Italian', ES: 'Spanish', PL: 'Polish', BY: 'Belarusian', IR: 'Iranian',
  IL: 'Israeli', PS: 'Palestinian', SY: 'Syrian', TR: 'Turkish', LB: 'Lebanese', IQ: 'Iraqi', AF: 'Afghan', IN: 'Indian',
  PK: 'Pakistani', CA: 'Canadian', AU: 'Australian', NL: 'Dutch', BE: 'Belgian', AT: 'Austrian', CH: 'Swiss',
  SE: 'Swedish', FI: 'Finnish', NO: 'Norwegian', DK: 'Danish', EE: 'Estonian', LV: 'Latvian', LT: 'Lithuanian',
  RO: 'Romanian', MD: 'Moldovan', HU: 'Hungarian', CZ: 'Czech', SK: 'Slovak', GE: 'Georgian', AM: 'Armenian',
  AZ: 'Azerbaijani', KZ: 'Kazakh', YE: 'Yemeni', SA: 'Saudi', EG: 'Egyptian', JO: 'Jordanian', QA: 'Qatari',
  SD: 'Sudanese', ET: 'Ethiopian', CD: 'Congolese', NG: 'Nigerian', ML: 'Malian', LY: 'Libyan', GR: 'Greek',
  RS: 'Serbian', XK: 'Kosovar', BA: 'Bosnian', HR: 'Croatian', TW: 'Taiwanese', VN: 'Vietnamese', MX: 'Mexican',
  BR: 'Brazilian', VE: 'Venezuelan', CO: 'Colombian', AR: 'Argentine', ZA: 'South African', MM: 'Myanmar',
  PH: 'Philippine', ID: 'Indonesian', CU: 'Cuban', HT: 'Haitian', EU: 'EU', UN: 'UN', NATO: 'NATO',
};

export function countryAdjectiveEn(iso: string | null): string | null {
  return iso ? (COUNTRY_ADJECTIVE_EN[iso] ?? iso) : null;
}
