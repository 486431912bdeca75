import type { CountryTables } from './tables.js';
import type { Token } from '../text/tokens.js';
import { cached } from './pattern.js';
import { remember } from './memo.js';
import { lowerOf } from './lower-case.js';

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
  /** two-word forms ("Vereinigte Staaten", "North Korean"), lower case, joined by one space */
  multiWord: Set<string>;
  /** first words of two-word forms, lower case */
  multiFirst: Set<string>;
  /**
   * by UTF-16 unit: can a word starting with it be such a first word (1 yes, 2 no, 0 not asked yet)? Most words are
   * answered by one array read instead of a lower-cased copy and a lookup.
   */
  multiFirstUnit: Uint8Array;
  /** two-word forms, lower case, without inflection of the second word → ISO */
  multiIso: Map<string, string>;
  /** answers of countryOfWord and isCountryAdjective by word: every token of every sentence asks them */
  memo: { country: Map<string, string | null>; adjective: Map<string, boolean> };
}

const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

export const countryIndex = cached((t: CountryTables): CountryIndex => {
  const byWord = new Map<string, string>();
  const actors = new Map<string, string>();
  const multi: string[] = [];
  for (const [form, iso] of t.names) {
    if (form.includes(' ')) {
      multi.push(form);
      byWord.set(form, iso);
      actors.set(form, iso);
    } else {
      byWord.set(form, iso);
      actors.set(form, iso);
    }
  }
  const demonyms = new Map(t.demonyms);
  for (const [form, iso] of [...t.demonyms, ...t.possessives]) if (!byWord.has(form)) byWord.set(form, iso);
  const byAdjective = new Map<string, string>();
  for (const [stem, iso] of t.adjectives) {
    for (const e of ENDINGS) byAdjective.set(stem.toLowerCase() + e, iso);
    if (stem.includes(' ')) multi.push(stem.toLowerCase());
  }
  const multiIso = new Map<string, string>();
  for (const [form, iso] of [...t.names, ...t.adjectives]) if (form.includes(' ')) multiIso.set(form.toLowerCase(), iso);
  const multiWord = new Set<string>();
  const multiFirst = new Set<string>();
  for (const m of multi) {
    const lower = m.toLowerCase();
    multiWord.add(lower);
    multiFirst.add(lower.split(' ')[0]!);
  }
  const byPrefix = new Map(t.prefixes);
  return {
    byWord,
    actors,
    demonyms,
    byAdjective,
    byPrefix,
    multiWord,
    multiFirst,
    multiFirstUnit: new Uint8Array(0x10000),
    multiIso,
    memo: { country: new Map(), adjective: new Map() },
  };
});

/** ISO of a single word: a country name/capital/demonym/possessive, an adjective, or a compound with a country prefix. */
export function countryOfWord(idx: CountryIndex, word: string): string | null {
  const iso = idx.memo.country.get(word);
  return iso !== undefined ? iso : remember(idx.memo.country, word, lookUpCountry(idx, word));
}

function lookUpCountry(idx: CountryIndex, word: string): string | null {
  const exact = idx.byWord.get(word);
  if (exact) return exact;
  if (word.includes(' ')) {
    const lower = word.toLowerCase();
    return idx.multiIso.get(lower) ?? idx.multiIso.get(lower.replace(/(?:e|en|er|es|em|s)$/u, '')) ?? null;
  }
  // English possessive: "Russia's", "Kim's"
  if (word.endsWith("'s") || word.endsWith('’s')) {
    const base = idx.byWord.get(word.slice(0, -2));
    if (base) return base;
  }
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
  const yes = idx.memo.adjective.get(word);
  return yes !== undefined ? yes : remember(idx.memo.adjective, word, lookUpAdjective(idx, word));
}

function lookUpAdjective(idx: CountryIndex, word: string): boolean {
  if (word.includes(' ')) {
    const lower = word.toLowerCase();
    return !idx.actors.has(word) && (idx.multiIso.has(lower) || idx.multiIso.has(lower.replace(/(?:e|en|er|es|em|s)$/u, ''))) && !/staaten|states|kingdom|nations|königreich/iu.test(word);
  }
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
  BR: 'Brazilian', VE: 'Venezuelan', CO: 'Colombian', KH: 'Cambodian', LA: 'Laotian', SG: 'Singaporean', MN: 'Mongolian', BO: 'Bolivian', PY: 'Paraguayan', UY: 'Uruguayan', GT: 'Guatemalan', HN: 'Honduran', NI: 'Nicaraguan', PA: 'Panamanian', AO: 'Angolan', NA: 'Namibian', MG: 'Malagasy', ER: 'Eritrean', KW: 'Kuwaiti', BH: 'Bahraini', OM: 'Omani', KG: 'Kyrgyz', TJ: 'Tajik', UZ: 'Uzbek', CY: 'Cypriot', AL: 'Albanian', ME: 'Montenegrin', LU: 'Luxembourgish', NP: 'Nepalese', TH: 'Thai', AR: 'Argentine', ZA: 'South African', MM: 'Myanmar',
  PH: 'Philippine', ID: 'Indonesian', CU: 'Cuban', HT: 'Haitian', EU: 'EU', UN: 'UN', NATO: 'NATO',
};

export function countryAdjectiveEn(iso: string | null): string | null {
  return iso ? (COUNTRY_ADJECTIVE_EN[iso] ?? iso) : null;
}

/** Whether a word's first unit, lower-cased, is the first unit of a first word (conservative for surrogates and expanding case maps). */
function mayOpenMultiWord(idx: CountryIndex, word: string): boolean {
  const u = word.charCodeAt(0);
  let known = idx.multiFirstUnit[u]!;
  if (known === 0) {
    // the lower case of a word starts with the lower case of its first unit (no context rule applies at the start)
    const lower = String.fromCharCode(u).toLowerCase();
    const yes = (u >= 0xd800 && u <= 0xdfff) || lower.length !== 1 || [...idx.multiFirst].some((w) => w.charCodeAt(0) === lower.charCodeAt(0));
    known = idx.multiFirstUnit[u] = yes ? 1 : 2;
  }
  return known === 1;
}

/**
 * Joins two-word country forms into one word token ("North Korean", "Vereinigte Staaten"), so that every
 * later step sees one adjective or name. Offsets stay those of the text.
 */
export function mergeCountryTokens(tokens: Token[], text: string, idx: CountryIndex): Token[] {
  if (idx.multiFirst.size === 0) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1];
    if (n && t.kind === 'word' && n.kind === 'word' && n.start === t.end + 1 && mayOpenMultiWord(idx, t.text) && idx.multiFirst.has(lowerOf(t))) {
      const joined = `${t.text} ${n.text}`;
      let hit = idx.multiWord.has(joined.toLowerCase());
      let end = n.end;
      // inflected second word: "Vereinigten Staaten", "North Koreans"
      if (!hit && idx.multiWord.has(`${t.text} ${n.text.replace(/(?:e|en|er|es|em|s)$/u, '')}`.toLowerCase())) hit = true;
      if (hit) {
        out ??= tokens.slice(0, i);
        // a name of several tokens has no interned entry (every token of the engine has the field: one object shape)
        out.push({ start: t.start, end, text: text.slice(t.start, end), kind: 'word', word: undefined });
        i++;
        continue;
      }
    }
    if (out) out.push(t);
  }
  return out ?? tokens;
}
