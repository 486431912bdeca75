/**
 * Named entities that are spelled differently in German and English news (and by different outlets),
 * mapped to one key. Stories and speakers are matched across languages through these keys, so the table
 * holds the names that matter for matching: countries and their adjectives, places, leaders, spokespeople,
 * organisations. Variants are folded (lower case, no diacritics, ß → ss, hyphens as spaces);
 * a trailing "*" marks a prefix (adjective stems: "russisch*" covers russische, russischen ...).
 * Extend the table with new rows; the matcher needs no change. People are not listed here: see personRows.
 */
import { PEOPLE, type PersonEntry } from '../claims/aliases.js';
import { fold } from './words.js';

export type EntityKind = 'person' | 'country' | 'place' | 'organisation';

export interface EntityRow {
  key: string;
  kind: EntityKind;
  /** display name (German first) */
  label: string;
  /** ISO 3166 alpha-2 for countries, a person's or organisation's country otherwise */
  country?: string;
  variants: string;
}

/** Fold a written name the way article words are folded: "Kim Jong-un" → "kim jong un", "Erdoğan" → "erdogan". */
function foldName(name: string): string {
  return fold(name).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Person rows, derived from the claim extraction's table of people. Two hand-kept tables of the same people
 * drifted apart (a spelling known to one, a person known only to the other), so a speaker resolved by the claims
 * could miss its story partner here. Keys are "person:" + the folded English full name, as they always were,
 * so stored ledgers keep matching. Ambiguous bare surnames ("Kim", "Austin") are left out: matching stories on
 * them would link unrelated articles.
 */
function personRows(people: readonly PersonEntry[]): EntityRow[] {
  return people.map((p) => {
    const skip = new Set((p.ambiguous ?? []).map(foldName));
    const names = [p.name, ...(p.en ? [p.en] : []), ...p.variants].map(foldName).filter((v) => v && !skip.has(v));
    return {
      key: `person:${foldName(p.en ?? p.name)}`,
      kind: 'person' as const,
      label: p.name,
      country: p.country,
      variants: [...new Set(names)].join('|'),
    };
  });
}

export const ENTITIES: readonly EntityRow[] = [
  // countries (name variants | adjective stems)
  { key: 'country:UA', kind: 'country', label: 'Ukraine', country: 'UA', variants: 'ukraine|ukrainisch*|ukrainian*|ukrainer' },
  { key: 'country:RU', kind: 'country', label: 'Russland', country: 'RU', variants: 'russland|russia|russisch*|russian*|russen' },
  { key: 'country:KP', kind: 'country', label: 'Nordkorea', country: 'KP', variants: 'nordkorea|north korea|nordkoreanisch*|north korean*|dprk' },
  { key: 'country:KR', kind: 'country', label: 'Südkorea', country: 'KR', variants: 'sudkorea|south korea|sudkoreanisch*|south korean*' },
  { key: 'country:US', kind: 'country', label: 'USA', country: 'US', variants: 'usa|us|u s|vereinigte staaten|united states|amerikanisch*|american*|us amerikanisch*' },
  { key: 'country:GB', kind: 'country', label: 'Großbritannien', country: 'GB', variants: 'grossbritannien|britain|great britain|united kingdom|uk|britisch*|british' },
  { key: 'country:DE', kind: 'country', label: 'Deutschland', country: 'DE', variants: 'deutschland|germany|deutsch*|german*|bundesregierung' },
  { key: 'country:FR', kind: 'country', label: 'Frankreich', country: 'FR', variants: 'frankreich|france|franzosisch*|french' },
  { key: 'country:PL', kind: 'country', label: 'Polen', country: 'PL', variants: 'polen|poland|polnisch*|polish' },
  { key: 'country:CN', kind: 'country', label: 'China', country: 'CN', variants: 'china|chinesisch*|chinese' },
  { key: 'country:IL', kind: 'country', label: 'Israel', country: 'IL', variants: 'israel|israelisch*|israeli*' },
  { key: 'country:PS', kind: 'country', label: 'Palästinensische Gebiete', country: 'PS', variants: 'palastinensisch*|palestinian*|palastina|palestine' },
  { key: 'country:IR', kind: 'country', label: 'Iran', country: 'IR', variants: 'iran|iranisch*|iranian*' },
  { key: 'country:LB', kind: 'country', label: 'Libanon', country: 'LB', variants: 'libanon|lebanon|libanesisch*|lebanese' },
  { key: 'country:SY', kind: 'country', label: 'Syrien', country: 'SY', variants: 'syrien|syria|syrisch*|syrian*' },
  { key: 'country:TR', kind: 'country', label: 'Türkei', country: 'TR', variants: 'turkei|turkey|turkiye|turkisch*|turkish' },
  { key: 'country:BY', kind: 'country', label: 'Belarus', country: 'BY', variants: 'belarus|weissrussland|belarussisch*|belarusian*' },
  { key: 'country:SD', kind: 'country', label: 'Sudan', country: 'SD', variants: 'sudan|sudanesisch*|sudanese' },
  { key: 'country:YE', kind: 'country', label: 'Jemen', country: 'YE', variants: 'jemen|yemen|jemenitisch*|yemeni*' },
  // places
  { key: 'place:kyiv', kind: 'place', label: 'Kiew', country: 'UA', variants: 'kiew|kyiv|kiev|kijiw' },
  { key: 'place:moscow', kind: 'place', label: 'Moskau', country: 'RU', variants: 'moskau|moscow' },
  { key: 'place:pyongyang', kind: 'place', label: 'Pjöngjang', country: 'KP', variants: 'pjongjang|pyongyang' },
  { key: 'place:kursk', kind: 'place', label: 'Kursk', country: 'RU', variants: 'kursk' },
  { key: 'place:kharkiv', kind: 'place', label: 'Charkiw', country: 'UA', variants: 'charkiw|charkow|kharkiv|kharkov' },
  { key: 'place:donetsk', kind: 'place', label: 'Donezk', country: 'UA', variants: 'donezk|donetsk|donbass|donbas' },
  { key: 'place:luhansk', kind: 'place', label: 'Luhansk', country: 'UA', variants: 'luhansk|lugansk' },
  { key: 'place:kherson', kind: 'place', label: 'Cherson', country: 'UA', variants: 'cherson|kherson' },
  { key: 'place:zaporizhzhia', kind: 'place', label: 'Saporischschja', country: 'UA', variants: 'saporischschja|saporoschje|zaporizhzhia|zaporizhia|zaporozhye' },
  { key: 'place:odesa', kind: 'place', label: 'Odessa', country: 'UA', variants: 'odessa|odesa' },
  { key: 'place:bakhmut', kind: 'place', label: 'Bachmut', country: 'UA', variants: 'bachmut|bakhmut' },
  { key: 'place:pokrovsk', kind: 'place', label: 'Pokrowsk', country: 'UA', variants: 'pokrowsk|pokrovsk' },
  { key: 'place:crimea', kind: 'place', label: 'Krim', country: 'UA', variants: 'krim|crimea' },
  { key: 'place:gaza', kind: 'place', label: 'Gaza', country: 'PS', variants: 'gaza|gazastreifen|gaza strip' },
  { key: 'place:washington', kind: 'place', label: 'Washington', country: 'US', variants: 'washington' },
  { key: 'place:brussels', kind: 'place', label: 'Brüssel', country: 'BE', variants: 'brussel|brussels' },
  { key: 'place:beijing', kind: 'place', label: 'Peking', country: 'CN', variants: 'peking|beijing' },
  { key: 'place:tehran', kind: 'place', label: 'Teheran', country: 'IR', variants: 'teheran|tehran' },
  { key: 'place:warsaw', kind: 'place', label: 'Warschau', country: 'PL', variants: 'warschau|warsaw' },
  { key: 'place:vienna', kind: 'place', label: 'Wien', country: 'AT', variants: 'wien|vienna' },
  { key: 'place:geneva', kind: 'place', label: 'Genf', country: 'CH', variants: 'genf|geneva' },
  { key: 'place:munich', kind: 'place', label: 'München', country: 'DE', variants: 'munchen|munich' },
  { key: 'place:cologne', kind: 'place', label: 'Köln', country: 'DE', variants: 'koln|cologne' },
  // people: derived from the claims table, see personRows
  ...personRows(PEOPLE),
  // organisations
  { key: 'org:nato', kind: 'organisation', label: 'Nato', variants: 'nato|otan' },
  { key: 'org:un', kind: 'organisation', label: 'Vereinte Nationen', variants: 'uno|un|vereinte nationen|vereinten nationen|united nations' },
  { key: 'org:eu', kind: 'organisation', label: 'Europäische Union', variants: 'eu|europaische union|europaischen union|european union' },
  { key: 'org:pentagon', kind: 'organisation', label: 'Pentagon', country: 'US', variants: 'pentagon|us verteidigungsministerium|us defense department|department of defense' },
  { key: 'org:white house', kind: 'organisation', label: 'Weißes Haus', country: 'US', variants: 'weisse haus|weissen haus|weisses haus|white house' },
  { key: 'org:kremlin', kind: 'organisation', label: 'Kreml', country: 'RU', variants: 'kreml|kremlin' },
  { key: 'org:iaea', kind: 'organisation', label: 'IAEA', variants: 'iaea|iaeo' },
  { key: 'org:red cross', kind: 'organisation', label: 'Rotes Kreuz', variants: 'rotes kreuz|roten kreuz|red cross|ikrk|icrc' },
  { key: 'org:unhcr', kind: 'organisation', label: 'UNHCR', variants: 'unhcr' },
  { key: 'org:who', kind: 'organisation', label: 'WHO', variants: 'who|weltgesundheitsorganisation|world health organization' },
  { key: 'org:hamas', kind: 'organisation', label: 'Hamas', variants: 'hamas' },
  { key: 'org:hezbollah', kind: 'organisation', label: 'Hisbollah', variants: 'hisbollah|hezbollah' },
];

interface CompiledAliases {
  exact: Map<string, EntityRow>;
  /** adjective stems by their first three letters, longest first */
  prefixes: Map<string, { stem: string; row: EntityRow }[]>;
  /** first words of multi-word variants: only these start a phrase lookup */
  phraseStarts: Set<string>;
  maxWords: number;
}

let compiled: CompiledAliases | null = null;

function compile(): CompiledAliases {
  const exact = new Map<string, EntityRow>();
  const prefixes = new Map<string, { stem: string; row: EntityRow }[]>();
  const phraseStarts = new Set<string>();
  let maxWords = 1;
  for (const row of ENTITIES) {
    for (const v of row.variants.split('|')) {
      if (v.endsWith('*')) {
        const stem = v.slice(0, -1);
        const list = prefixes.get(stem.slice(0, 3)) ?? [];
        list.push({ stem, row });
        prefixes.set(stem.slice(0, 3), list);
      } else {
        exact.set(v, row);
        const parts = v.split(' ');
        if (parts.length > 1) phraseStarts.add(parts[0]!);
        maxWords = Math.max(maxWords, parts.length);
      }
    }
  }
  // longest stems first, so "nordkoreanisch" wins over a shorter stem of another row
  for (const list of prefixes.values()) list.sort((a, b) => b.stem.length - a.stem.length);
  return { exact, prefixes, phraseStarts, maxWords };
}

function table(): CompiledAliases {
  return (compiled ??= compile());
}

/**
 * Looked-up words and phrases: every word of every article is looked up (findEntities), and words repeat across
 * articles (Zipf); cleared when large.
 */
const LOOKED_UP = new Map<string, EntityRow | null>();

/** One folded word or phrase → entity, with a German genitive -s tolerated ("Putins", "Kiews"). */
export function lookupEntity(folded: string): EntityRow | null {
  let row = LOOKED_UP.get(folded);
  if (row === undefined) {
    if (LOOKED_UP.size >= 200_000) LOOKED_UP.clear();
    LOOKED_UP.set(folded, (row = lookupUncached(folded)));
  }
  return row;
}

function lookupUncached(folded: string): EntityRow | null {
  const t = table();
  const hit = t.exact.get(folded) ?? (folded.endsWith('s') ? t.exact.get(folded.slice(0, -1)) : undefined);
  if (hit) return hit;
  if (!folded.includes(' ')) {
    for (const p of t.prefixes.get(folded.slice(0, 3)) ?? []) {
      if (folded.startsWith(p.stem) && folded.length - p.stem.length <= 3) return p.row;
    }
  }
  return null;
}

export interface EntityMention {
  row: EntityRow;
  /** index of the first and one past the last word */
  from: number;
  to: number;
}

/**
 * Find entities in a sequence of folded words, longest match first.
 * Single-word lower-case hits are ignored for short ambiguous words ("us", "who", "un" are English function
 * words), so those only count when written in capitals in the text.
 */
export function findEntities(norms: readonly string[], capitalized: readonly boolean[]): EntityMention[] {
  const t = table();
  const out: EntityMention[] = [];
  for (let i = 0; i < norms.length; ) {
    let found: EntityMention | null = null;
    const longest = t.phraseStarts.has(norms[i]!) ? Math.min(t.maxWords, norms.length - i) : 1;
    for (let n = longest; n >= 1 && !found; n--) {
      const phrase = n === 1 ? norms[i]! : norms.slice(i, i + n).join(' ');
      const row = lookupEntity(phrase);
      if (!row) continue;
      if (n === 1 && phrase.length <= 3 && !capitalized[i]) continue;
      found = { row, from: i, to: i + n };
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}
