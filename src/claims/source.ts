import type { ClaimSource, SourceKind } from '../core/claim.js';
import type { Token } from '../text/tokens.js';
import type { ClaimTables, OrganisationEntry, RoleEntry } from './tables.js';
import { cached } from './pattern.js';
import { countryAdjectiveEn, countryIndex, countryOfWord, isCountryAdjective, type CountryIndex } from './countries.js';
import { personAt, personOfWord, type PersonEntry } from './aliases.js';
import { remember, TokenMemo } from './memo.js';
import { complementWords, coordinatedComplementEnd, type ComplementWords } from './complement.js';
import { lowerOf } from './lower-case.js';
import { firstWords } from './first-words.js';
import { plainFirstWord } from './words.js';

/**
 * Parsing a speaker phrase ("der Sprecher des Kremls, Dmitri Peskow", "ein ranghoher britischer
 * Regierungsvertreter", "das japanische Verteidigungsministerium") into a source: name, role, organisation,
 * country, kind. A small noun-phrase grammar over tokens:
 *   NAME [, ROLE-PHRASE] | DET? ADJ* HEAD [GENITIVE] [[,] NAME]
 * where HEAD is a role, an organisation, a medium, an anonymous group ("Quellen"), a pronoun or a country.
 */
export interface Mention {
  start: number;
  end: number;
  /** token index after the phrase */
  next: number;
  source: ClaimSource;
  /** a definite description without a name ("der Beamte", "der ukrainische Präsident"): resolve to an earlier speaker */
  definite: boolean;
  pronoun: boolean;
  /** the role's base form (for matching definite descriptions) */
  roleBase: string | null;
  official: boolean;
  /** a definite organisation noun without country ("die Behörde", "the ministry"): may refer back to a body named before */
  anaphoricOrg?: boolean;
  /** "ein Sprecher", "a spokesperson" without body or name: the spokesperson of the body named before */
  bareSpokesperson?: boolean;
  /** "ein Armeesprecher", "ein Sprecher des Kreises": the body may be the same body named before with its country or full name */
  spokesBody?: boolean;
  /** a phrase the tables do not know, headed by an institution noun ("die Verbraucherzentrale NRW") */
  institution?: boolean;
  /** "der 52-Jährige": a pronoun-like mention that only a person can be meant by */
  personOnly?: boolean;
  /** the name stands in an apposition after a comma ("die Ärztin, Mara Lind"): the phrase spans a clause mark */
  apposition?: boolean;
  /** "die Statistiker", "die Forscher": a plural group with nothing named, speaking for the body named before that fits this pattern */
  group?: RegExp;
}

interface CompiledSources {
  countries: CountryIndex;
  definite: Set<string>;
  indefinite: Set<string>;
  negations: Set<string>;
  genitives: Set<string>;
  pronouns: Set<string>;
  firstNames: Set<string>;
  adjectiveSkip: string[];
  /** all roles as one anchored regex, one capture group per entry (first entry wins) */
  roleAll: RegExp;
  /** role nouns at the end of a compound ("Armeesprecher"), one group per entry */
  roleSuffix: RegExp;
  roleEntries: RoleEntry[];
  orgAll: RegExp;
  orgEntries: OrganisationEntry[];
  /** the entries that can match a phrase with a space in it ("Weiße Haus"), one group each, and their indices */
  orgMulti: RegExp;
  orgMultiEntries: OrganisationEntry[];
  /** the first words orgMulti's matches can start with (lower-cased under the i flag); null: not known, no gate */
  orgMultiFirst: Set<string> | null;
  /** acronyms among the organisation patterns (WHO, UN): never matched by a lower-case word */
  acronyms: Set<string>;
  media: Array<{ words: string[]; name: string }>;
  /** the media entries by their first word, longest first as in `media` */
  mediaByFirst: Map<string, Array<{ words: string[]; name: string }>>;
  mediaNouns: Set<string>;
  mediaTitleTail: RegExp | null;
  mediaSuffix: RegExp | null;
  anonymous: Array<{ re: RegExp; en: string }>;
  placeNouns: Set<string>;
  adjective: RegExp;
  notAdjectives: Set<string>;
  nounsCapitalised: boolean;
  complementPrepositions: Set<string>;
  complementList: ComplementWords;
  /** answers of the word tests by word: the big alternations are slow, and the same words come back in every article */
  memo: { role: Map<string, RoleEntry | null>; roleWhole: Map<string, RoleEntry | null>; org: Map<string, OrganisationEntry | null>; adjective: TokenMemo<boolean>; anonymous: Map<string, { re: RegExp; en: string } | null>; capitalisedAdjective: TokenMemo<boolean>; article: TokenMemo<number>; mediaCompound: TokenMemo<boolean> };
  ageNoun: RegExp | null;
  informantNoun: RegExp | null;
  informantLink: RegExp | null;
  partitiveOf: string | null;
  bodyNameTail: RegExp | null;
}

const compileSources = cached((t: ClaimTables): CompiledSources => ({
  countries: countryIndex(t.countries),
  definite: new Set(t.sources.definite),
  indefinite: new Set(t.sources.indefinite),
  negations: new Set(t.sources.negations ?? []),
  genitives: new Set(t.sources.genitives),
  pronouns: new Set(t.speech.pronouns),
  firstNames: new Set(t.sources.firstNames),
  adjectiveSkip: t.sources.adjectiveSkip,
  roleAll: new RegExp(`^(?:${t.sources.roles.map((e) => `(${e.pattern})`).join('|')})$`, t.nounsCapitalised ? 'u' : 'iu'),
  roleSuffix: new RegExp(`(?<=\\p{L}{3})(?:${t.sources.roles.map((e) => `(${e.pattern})`).join('|')})$`, 'iu'),
  roleEntries: t.sources.roles,
  orgAll: new RegExp(`^(?:${t.sources.organisations.map((e) => `(${e.pattern})`).join('|')})$`, t.nounsCapitalised ? 'u' : 'iu'),
  orgEntries: t.sources.organisations,
  orgMulti: new RegExp(`^(?:${multiWordEntries(t.sources.organisations).map((e) => `(${e.pattern})`).join('|') || '(?!)'})$`, t.nounsCapitalised ? 'u' : 'iu'),
  orgMultiEntries: multiWordEntries(t.sources.organisations),
  orgMultiFirst: multiWordEntries(t.sources.organisations).length
    ? firstWords(`(?:${multiWordEntries(t.sources.organisations).map((e) => `(${e.pattern})`).join('|')})${WORD_TAIL}`, t.nounsCapitalised ? 'u' : 'iu')
    : null,
  acronyms: new Set(t.sources.organisations.flatMap((e) => e.pattern.split('|')).filter((a) => /^[A-Z]{2,4}$/u.test(a))),
  media: t.sources.media.map(([p, name]) => ({ words: p.split(' '), name })).sort((a, b) => b.words.length - a.words.length),
  mediaByFirst: byFirstWord(t.sources.media.map(([p, name]) => ({ words: p.split(' '), name })).sort((a, b) => b.words.length - a.words.length)),
  mediaNouns: new Set(t.sources.mediaNouns),
  mediaTitleTail: t.sources.mediaTitleTails ? new RegExp(`^(?:${t.sources.mediaTitleTails})$`, 'u') : null,
  // compounds: a capitalised first part and a media noun ("Auslandssender", "Fachmedien", "Lokalzeitung")
  mediaSuffix: t.sources.mediaSuffixes?.length ? new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${t.sources.mediaSuffixes.join('|')})$`, 'u') : null,
  anonymous: t.sources.anonymous.map(([p, en]) => ({ re: new RegExp(`^(?:${p})$`, t.nounsCapitalised ? 'u' : 'iu'), en })),
  placeNouns: new Set(t.places.regionNouns),
  adjective: new RegExp(`^(?:${t.sources.adjective})$`, 'u'),
  notAdjectives: new Set(t.sources.notAdjectives),
  nounsCapitalised: t.nounsCapitalised,
  complementPrepositions: new Set(t.sources.complementPrepositions ?? []),
  complementList: complementWords(t),
  memo: { role: new Map(), roleWhole: new Map(), org: new Map(), adjective: new TokenMemo(), anonymous: new Map(), capitalisedAdjective: new TokenMemo(), article: new TokenMemo(), mediaCompound: new TokenMemo() },
  ageNoun: t.sources.ageNoun ? new RegExp(`^(?:${t.sources.ageNoun})$`, 'u') : null,
  informantNoun: t.sources.informants ? new RegExp(`^(?:${t.sources.informants.nouns})$`, 'iu') : null,
  informantLink: t.sources.informants ? new RegExp(`^(?:${t.sources.informants.links})(?![\\p{L}])`, 'iu') : null,
  partitiveOf: t.sources.partitiveOf ?? null,
  bodyNameTail: t.sources.bodyNameTails ? new RegExp(`^(?:${t.sources.bodyNameTails})$`, 'u') : null,
}));

/**
 * The entries whose pattern may match white space (a space, `\s`, a dot, a negated class, an escape that may stand
 * for one): only they can match a phrase of several words, so a phrase is tried against them alone, in table order.
 */
const WORD_TAIL = '(?![\\p{L}\\p{N}])';

function multiWordEntries(entries: OrganisationEntry[]): OrganisationEntry[] {
  return entries.filter((e) => /[\s.]|\\[sWDPpuxtnrfvc0]|\[\^/u.test(e.pattern));
}

export function isCapitalised(tok: Token | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  // ASCII first: a letter A-Z (no case mapping, no string made)
  const u = tok.text.charCodeAt(0);
  if (u < 0x80) return u >= 0x41 && u <= 0x5a;
  const c = tok.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Where a run of capitalised words starting at `from`, each one space after the token before it ("Cabo Delgado",
 * "Valley Dispatch"), ends: the first index that breaks it, at most `limit`.
 */
function capitalisedRun(tokens: Token[], from: number, limit: number): number {
  let e = from;
  while (e < limit && isCapitalised(tokens[e]) && tokens[e]!.start - tokens[e - 1]!.end === 1) e++;
  return e;
}

function isLowerWord(tok: Token | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const u = tok.text.charCodeAt(0);
  if (u < 0x80) return u >= 0x61 && u <= 0x7a;
  const c = tok.text.charAt(0);
  return c === c.toLowerCase() && c !== c.toUpperCase();
}

/** Lower-case words with an adjective ending (ranghoher, nordkoreanischen, US-amerikanische). */
function isAdjective(tok: Token | undefined, cs: CompiledSources): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const yes = cs.memo.adjective.get(tok);
  return yes !== undefined ? yes : cs.memo.adjective.set(tok, isAdjectiveWord(tok, cs));
}

function isAdjectiveWord(tok: Token, cs: CompiledSources): boolean {
  const w = tok.text;
  if (isCountryAdjective(cs.countries, w)) return true;
  // "the Srinagar-based newspaper", "the Kremlin-backed group": a capitalised place or body before a participle
  if (PLACE_PARTICIPLE.test(w)) return true;
  if (!isLowerWord(tok) && !/^[A-Z]{2,3}-\p{Ll}/u.test(w)) return false;
  if (cs.notAdjectives.has(w)) return false;
  // where nouns are lower case (English), a head noun ends the adjectives
  if (!cs.nounsCapitalised && (matchRole(w, cs) || matchOrgWord(w, cs) || anonymousOf(w, cs) || cs.mediaNouns.has(w))) return false;
  return cs.adjective.test(w) || cs.adjectiveSkip.some((s) => w.toLowerCase().startsWith(s));
}

const PLACE_PARTICIPLE = /^\p{Lu}[\p{L}.]*-(?:based|backed|run|owned|led|funded|controlled|born)$/u;

interface Head {
  kind: 'role' | 'org' | 'media' | 'anon' | 'person' | 'country' | 'pronoun' | 'generic';
  next: number;
  role?: RoleEntry;
  roleText?: string;
  org?: OrganisationEntry;
  orgText?: string;
  mediaName?: string;
  anonEn?: string;
  /** the anonymous group's own word ("Regierungskreisen"), for entries named by it */
  anonText?: string;
  person?: PersonEntry | null;
  personText?: string;
  country?: string | null;
  generic?: Institution;
}

/** Splits "US-Verteidigungsbeamter" into a country prefix and the head word. */
function splitPrefix(word: string, cs: CompiledSources): { country: string | null; head: string } {
  const dash = word.lastIndexOf('-');
  if (dash > 0 && dash < word.length - 1) {
    const pre = word.slice(0, dash);
    const c = cs.countries.byPrefix.get(pre) ?? cs.countries.byWord.get(pre) ?? null;
    if (c) return { country: c, head: word.slice(dash + 1) };
  }
  return { country: null, head: word };
}

function matchRole(word: string, cs: CompiledSources, compound = true): RoleEntry | null {
  const memo = compound ? cs.memo.role : cs.memo.roleWhole;
  const hit = memo.get(word);
  return hit !== undefined ? hit : remember(memo, word, lookUpRole(word, cs, compound));
}

function lookUpRole(word: string, cs: CompiledSources, compound: boolean): RoleEntry | null {
  const m = cs.roleAll.exec(word);
  if (m) return cs.roleEntries[groupIndex(m)]!;
  // compounds: "Armeesprecher", "Geheimdienstchef" end in a role noun
  if (compound && word.length > 6 && !word.includes(' ')) {
    const s = cs.roleSuffix.exec(word);
    if (s) return cs.roleEntries[groupIndex(s)]!;
  }
  return null;
}

type OrgMatch = { org: OrganisationEntry; next: number; text: string };

/**
 * matchOrg's answers for the token list (one sentence) asked last, by index: the speaker grammar asks the same
 * position several times. One list only, compared by identity: cheaper than a map of lists.
 */
let orgMatches: { tokens: Token[]; text: string; cs: CompiledSources; at: Array<OrgMatch | null | undefined> } | null = null;

/** Matches an organisation starting at token i; several tokens for "Weiße Haus", "Vereinten Nationen". */
function matchOrg(tokens: Token[], i: number, text: string, cs: CompiledSources): OrgMatch | null {
  let memo = orgMatches;
  if (memo === null || memo.tokens !== tokens || memo.text !== text || memo.cs !== cs) orgMatches = memo = { tokens, text, cs, at: [] };
  const hit = memo.at[i];
  return hit !== undefined ? hit : (memo.at[i] = findOrg(tokens, i, text, cs));
}

function findOrg(tokens: Token[], i: number, text: string, cs: CompiledSources): OrgMatch | null {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'word') return null;
  // try up to four tokens joined by spaces, longest first
  for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    if (last.kind !== 'word') continue;
    // "a worker who said": a lower-case word is no acronym (WHO)
    if (n === 1 && tok.text.length <= 4 && cs.acronyms.has(tok.text.toUpperCase()) && tok.text === lowerOf(tok)) continue;
    const phrase = n === 1 ? tok.text : text.slice(tok.start, last.end);
    // one word: its answer is remembered; a phrase with a space can only be one of the few entries of several words
    const org = n === 1 ? orgOf(phrase, cs) : text.charCodeAt(tok.end) === 32 ? multiWordOrg(phrase, cs) : wholeOrg(phrase, cs);
    // "the Nigerian Correctional Service": a lower-case entry's words, capitalised, are a proper name read elsewhere
    if (org && !(org.lowerCase && /\p{Lu}/u.test(phrase))) return { org, next: i + n, text: phrase };
  }
  return null;
}

function matchMedia(tokens: Token[], i: number, cs: CompiledSources): { name: string; next: number } | null {
  // only the entries whose first word is this token can match (one lookup instead of a pass over the list)
  const t = tokens[i];
  const candidates = t ? cs.mediaByFirst.get(t.text) : undefined;
  if (!candidates) return null;
  for (const m of candidates) {
    let ok = true;
    for (let k = 0; k < m.words.length; k++) {
      if (tokens[i + k]?.text !== m.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { name: m.name, next: i + m.words.length };
  }
  return null;
}

function byFirstWord(media: Array<{ words: string[]; name: string }>): Map<string, Array<{ words: string[]; name: string }>> {
  const out = new Map<string, Array<{ words: string[]; name: string }>>();
  for (const m of media) {
    const list = out.get(m.words[0]!);
    if (list) list.push(m);
    else out.set(m.words[0]!, [m]);
  }
  return out;
}

/** A person's name at token i: a known name (any variant), or a first name followed by a capitalised word. */
function matchName(tokens: Token[], i: number, text: string, cs: CompiledSources): { person: PersonEntry | null; text: string; next: number } | null {
  const tok = tokens[i];
  if (!isCapitalised(tok)) return null;
  const multi = personAt(text, tok!.start);
  if (multi) {
    let j = i;
    while (j < tokens.length && tokens[j]!.end <= tok!.start + multi.length) j++;
    return { person: multi.person, text: text.slice(tok!.start, tokens[j - 1]!.end), next: j };
  }
  // "das Robert Koch-Institut": a first name before a body compound names the body, not a person
  if (cs.firstNames.has(tok!.text) && isCapitalised(tokens[i + 1]) && tokens[i + 1]!.start - tok!.end <= 1 && !bodyCompound(tokens[i + 1]!.text)) {
    // "Mohamed Hamdan Daglo erklärte": a third name part only before a lower-case word, as for unknown names
    const last = thirdNamePart(tokens, i + 2, cs) ? tokens[i + 2]! : tokens[i + 1]!;
    return { person: personOfWord(last.text), text: text.slice(tok!.start, last.end), next: last === tokens[i + 1] ? i + 2 : i + 3 };
  }
  const p = personOfWord(tok!.text);
  if (p) return { person: p, text: tok!.text, next: i + 1 };
  return null;
}

/** Whether token k, after a first name and a surname, is a third part of the name (before a lower-case word). */
function thirdNamePart(tokens: Token[], k: number, cs: CompiledSources): boolean {
  const t = tokens[k];
  if (!isCapitalised(t) || t!.start - tokens[k - 1]!.end !== 1 || !cs.nounsCapitalised || !isLowerWord(tokens[k + 1])) return false;
  const w = t!.text;
  return !/(?:ung|ungen|heit|keit|schaft|tion)$/u.test(w) && !matchRole(w, cs) && !countryOfWord(cs.countries, w) && !NOT_NAMES.has(w)
    && !matchOrgWord(w, cs) && !cs.mediaNouns.has(w) && !bodyCompound(w);
}

const DEFINITE = 1;
const INDEFINITE = 2;

/** Whether a word is a definite article (1; also when capitalised), an indefinite one (2) or neither (0), remembered by word. */
function articleOf(t: Token, cs: CompiledSources): number {
  const known = cs.memo.article.get(t);
  if (known !== undefined) return known;
  const lower = lowerOf(t);
  return cs.memo.article.set(t, cs.definite.has(lower) ? DEFINITE : cs.indefinite.has(lower) ? INDEFINITE : 0);
}

/** Parses a speaker phrase starting at token i, or returns null. */
export function parseSpeaker(tokens: Token[], i: number, text: string, tables: ClaimTables): Mention | null {
  const m = parseSpeakerPhrase(tokens, i, text, tables);
  return m && m.source.kind === 'document' && tables.sources.documentIssuer ? withIssuer(m, tokens, text, tables) : m;
}

/**
 * English "a memo obtained by Reuters", "a report published by Amnesty International", "figures released on Tuesday
 * by the interior ministry", "data from the statistics office": a document whose issuer or relaying medium is named
 * right after it speaks as that issuer or medium; the phrase runs on over the issuer.
 */
function withIssuer(m: Mention, tokens: Token[], text: string, tables: ClaimTables): Mention {
  const link = compileIssuer(tables);
  if (!link) return m;
  let k = m.next;
  const relayed = link.relay?.test(tokens[k]?.text ?? '') ?? false;
  // "released on Tuesday by", "published last week by": a participle, time words, then the agent
  if (link.participle.test(tokens[k]?.text ?? '')) {
    k++;
    while (k < m.next + 6 && tokens[k] && link.fillers.has(tokens[k]!.text)) k++;
    if (tokens[k]?.text !== 'by') return m;
    k++;
  } else if (link.preposition.test(tokens[k]?.text ?? '')) k++;
  else return m;
  const at = tokens[k];
  if (!at || at.kind !== 'word' || at.start - tokens[k - 1]!.end > 1) return m;
  const issuer = parseSpeakerPhrase(tokens, k, text, tables) ?? genericSpeaker(tokens, k, text, tables);
  if (!issuer || issuer.pronoun || issuer.source.kind === 'unattributed' || issuer.source.kind === 'document') return m;
  // "a memo obtained by the Lake Erie Courier": a proper name after an article that came by a document is a medium
  const medium = relayed && issuer.source.kind === 'person' && compileSources(tables).definite.has(lowerOf(at)) && isCapitalised(tokens[k + 1]);
  const source = medium ? { ...issuer.source, kind: 'media' as const, name: text.slice(tokens[k + 1]!.start, issuer.end), role: null } : issuer.source;
  return { ...issuer, start: m.start, source: { ...source, text: text.slice(m.start, issuer.end) } };
}

const compileIssuer = cached((t: ClaimTables): { participle: RegExp; preposition: RegExp; relay: RegExp | null; fillers: Set<string> } | null => {
  const d = t.sources.documentIssuer;
  return d ? {
    participle: new RegExp(`^(?:${d.participles})$`, 'u'), preposition: new RegExp(`^(?:${d.prepositions})$`, 'u'),
    relay: d.relays ? new RegExp(`^(?:${d.relays})$`, 'u') : null, fillers: new Set(t.speech.fillers),
  } : null;
});

function parseSpeakerPhrase(tokens: Token[], i: number, text: string, tables: ClaimTables): Mention | null {
  const cs = compileSources(tables);
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  // fast reject (German): a lower-case word that is no article, pronoun or adjective cannot start a speaker phrase
  if (cs.nounsCapitalised && !isCapitalised(first) && !cs.definite.has(first.text) && !cs.indefinite.has(first.text) && !cs.pronouns.has(first.text) && !isAdjective(first, cs) && !SMALL_NUMBERS.test(first.text)) return null;
  if (cs.pronouns.has(first.text)) {
    return mention(first.start, first.end, i + 1, { kind: 'unattributed', text: first.text, name: null, role: null, organisation: null, country: null }, false, true, null, false);
  }
  let j = i;
  let definite = false;
  let indefinite = false;
  const article = articleOf(first, cs);
  if (article === DEFINITE) {
    definite = true;
    j++;
  } else if (article === INDEFINITE) {
    indefinite = true;
    j++;
  }
  // "sagte der 52-Jährige": a person named by their age refers back like "er"/"sie"
  if (definite && cs.ageNoun?.test(tokens[j]?.text ?? '')) {
    const pronoun = /^(?:die|the)$/iu.test(first.text) ? 'sie' : 'er';
    const am = mention(first.start, tokens[j]!.end, j + 1, { kind: 'unattributed', text: /^the$/iu.test(first.text) ? 'they' : pronoun, name: null, role: null, organisation: null, country: null }, false, true, null, false);
    am.personOnly = true;
    return am;
  }
  // "one of the officials": one of a group speaks as the group's noun would, with an indefinite article
  if (indefinite && cs.partitiveOf && tokens[j]?.text === cs.partitiveOf && cs.definite.has(tokens[j + 1]?.text.toLowerCase() ?? '')) j += 2;
  // "a person familiar with the talks", "two people briefed on the plan": an informant, before any adjective reading
  if (cs.informantNoun) {
    const informant = informantAt(tokens, SMALL_NUMBERS.test(tokens[j]?.text.toLowerCase() ?? '') ? j + 1 : j, text, cs, i);
    if (informant) return informant;
  }
  // "The Standard newspaper said", "the Kathimerini daily": a title before the media noun names the medium
  const titled = !cs.nounsCapitalised && definite ? mediaTitleBefore(tokens, j, cs) : 0;
  if (titled) {
    const name = text.slice(tokens[j]!.start, tokens[titled - 2]!.end);
    return mention(first.start, tokens[titled - 1]!.end, titled, { kind: 'media', text: text.slice(first.start, tokens[titled - 1]!.end), name, role: null, organisation: null, country: null }, false, false, null, false);
  }
  // "der für Verkehr zuständige Stadtrat": an extended attribute (preposition, noun, adjective) after the article
  if (definite || indefinite) j = skipExtendedAttribute(tokens, j, cs);
  // adjectives, also coordinated ("ukrainische und westliche Quellen")
  let country: string | null = null;
  // a plural possessive before the head: the members a generic body noun is named by ("the fishermen's association")
  let members: string | null = null;
  while (j < tokens.length) {
    const t = tokens[j]!;
    // a multi-word head starts here ("defense ministry", "General Staff"): the adjectives end
    if (j > i || !definite) {
      const mo = t.kind === 'word' ? matchOrg(tokens, j, text, cs) : null;
      if (mo && mo.next > j + 1) break;
      // "local media", "state television": a medium named by an adjective and a noun
      // (not "the media regulator", "a media company": a body or role noun after it is the head)
      const n = tokens[j + 1];
      if (t.kind === 'word' && matchMedia(tokens, j, cs)) {
        if (!cs.nounsCapitalised && isLowerWord(t) && isLowerWord(n) && !cs.mediaNouns.has(`${t.text} ${n!.text}`) && (matchOrgWord(n!.text, cs) || matchRole(n!.text, cs))) {
          j++;
          continue;
        }
        break;
      }
    }
    // "Sachsens Innenministerin", "Russlands Präsident": a genitive place name before a role
    if (cs.nounsCapitalised && j === i && /^\p{Lu}\p{Ll}{2,}s$/u.test(t.text) && tokens[j + 1]?.kind === 'word' && matchRole(splitPrefix(tokens[j + 1]!.text, cs).head, cs)) {
      country ??= cs.countries.actors.get(t.text.slice(0, -1)) ?? countryOfWord(cs.countries, t.text.slice(0, -1));
      // the genitive determines the phrase like an article: "Russlands Präsident" is one known person
      definite = true;
      j++;
      continue;
    }
    // "the club's supporters' association": a plural possessive (its apostrophe a token of its own) after a possessive
    // or the article names the members a body speaks for
    if (!cs.nounsCapitalised && definite && (j === i + 1 || (j === i + 2 && /['’]s$/u.test(tokens[j - 1]!.text))) && /^\p{Ll}+s$/u.test(t.text)
      && /^['’]$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.start === t.end && tokens[j + 2]?.kind === 'word') {
      members = `${t.text}${tokens[j + 1]!.text}`;
      j += 2;
      continue;
    }
    if (isAdjective(t, cs) || isPossessiveCountry(t, cs) || isAdjunctBeforeRole(tokens, j, cs) || isCapitalisedAdjective(tokens, j, i, text, cs) || isPlaceAdjective(tokens, j, cs)) {
      const c = countryOfWord(cs.countries, t.text);
      if (c && !country) country = c;
      j++;
      continue;
    }
    // "the country's health ministry", "the city's fire department": a possessive common noun after the article
    // determines the phrase like the article itself
    if (!cs.nounsCapitalised && definite && j === i + 1 && /^\p{Ll}+['’]s$/u.test(t.text) && tokens[j + 1]?.kind === 'word') {
      if (MEMBERS_POSSESSIVE.test(t.text)) members = t.text;
      j++;
      continue;
    }
    // "Myanmar rebels say", "Sudan army spokesman": a country's name before a lower-case body or role noun qualifies it
    if (!cs.nounsCapitalised && (j === i || (definite && j === i + 1)) && cs.countries.actors.has(t.text) && isLowerWord(tokens[j + 1])
      && tokens[j + 1]!.start === t.end + 1 && (matchOrgWord(tokens[j + 1]!.text, cs) || matchRole(tokens[j + 1]!.text, cs))) {
      country ??= cs.countries.actors.get(t.text)!;
      j++;
      continue;
    }
    // "the Buenos Aires consultancy Equilibrio Austral", "the Ohio company Vantor": capitalised place words between the
    // article and a generic body noun say where the body sits
    if (!cs.nounsCapitalised && definite && j === i + 1 && isCapitalised(t) && !cs.firstNames.has(t.text) && !personOfWord(t.text)) {
      const e = capitalisedRun(tokens, j + 1, j + 3);
      const typed = isLowerWord(tokens[e]) && tokens[e]!.start === tokens[e - 1]!.end + 1 ? matchOrgWord(tokens[e]!.text, cs) : null;
      if (typed && GENERIC_ORG_EN.has(typed.org.en) && !matchOrg(tokens, j, text, cs)) {
        country ??= countryOfWord(cs.countries, t.text);
        j = e;
        continue;
      }
    }
    // "credit research firm Tokyo Shoko Research", "risk consultancy SBM Intelligence" without an article: lower-case
    // noun modifiers before a generic body noun that a proper name follows
    if (!cs.nounsCapitalised && !definite && !indefinite && j === i && (isLowerWord(t) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !cs.firstNames.has(t.text)))) {
      const e = modifiedTypeNoun(tokens, j, text, cs);
      if (e > j) {
        j = e;
        break;
      }
    }
    // "Rio state's public security secretary", "the Kano state fire service": a place named with its level noun (and a
    // possessive) opening the phrase says where the office sits, it is not the head
    if (!cs.nounsCapitalised && (j === i || (definite && j === i + 1))) {
      const p = placeModifierEnd(tokens, j, cs);
      if (p > j) {
        definite = true;
        j = p;
        continue;
      }
    }
    // "die drei Organisationen", "the two agencies": a small number word after the article
    // "Zwei Sicherheitsquellen sagten", "two officials said": a small number word opening the phrase counts the speakers
    if (((j === i + 1 && (definite || indefinite)) || j === i) && SMALL_NUMBERS.test(lowerOf(t)) && tokens[j + 1]?.kind === 'word') {
      j++;
      continue;
    }
    if ((t.text === 'und' || t.text === ',') && isAdjective(tokens[j + 1], cs) && j > i) {
      j++;
      continue;
    }
    break;
  }
  let head = parseHead(tokens, j, text, cs, definite || indefinite);
  if (!head) return null;
  // a noun adjunct makes a more specific role: "defense official", "government official"
  if (!cs.nounsCapitalised && head.kind === 'role' && j > i && tokens[j - 1]!.kind === 'word' && tokens[j]!.start - tokens[j - 1]!.end === 1) {
    const two = matchRole(`${tokens[j - 1]!.text} ${tokens[j]!.text}`, cs, false);
    if (two && two !== head.role) head = { ...head, role: two, roleText: `${tokens[j - 1]!.text} ${tokens[j]!.text}` };
  }
  if (head.country && !country) country = head.country;
  // "Bundesinnenminister", "Bundeskanzler": a federal office of the German state
  if (!country && cs.nounsCapitalised && head.kind === 'role' && /^Bundes\p{Ll}/u.test(head.roleText ?? '')) country = 'DE';
  let k = head.next;
  let org = head.org ?? null;
  let orgText = head.orgText ?? null;
  let person = head.person ?? null;
  let personText = head.personText ?? null;
  let roleText = head.roleText ?? null;
  const role = head.role ?? null;
  let generic: Institution | null = head.generic ?? null;
  // "Polizeisprecher", "Gewerkschaftssprecher": the first part of a spokesperson compound names the body
  if (head.kind === 'role' && role && (role.en === 'spokesperson' || (role.official && (head.roleText ?? '').includes('-') && ACRONYM_ROLE.test(head.roleText ?? '')))) {
    const body = spokespersonBody(head.roleText ?? '', cs);
    if (body && 'org' in body) {
      org = body.org;
      orgText = body.org.base;
      if (body.org.country && !country) country = body.org.country;
    } else if (body) generic = body;
  }

  if (head.kind === 'role' || head.kind === 'org' || head.kind === 'anon') {
    // genitive: "des Kremls", "des russischen Außenministeriums", "des US-Militärs", "der Ukraine"
    const g = tokens[k];
    if (g && cs.genitives.has(g.text)) {
      let m = k + 1;
      if (tokens[m] && (cs.definite.has(tokens[m]!.text))) m++;
      // "a member of the crisis team": a multi-word body ends the adjectives (English words look alike)
      // "des Bayerischen Städte- und Gemeindebunds": a capitalised proper adjective before a body noun, too
      while ((isAdjective(tokens[m], cs) || (cs.nounsCapitalised && PROPER_ADJECTIVE.test(tokens[m]?.text ?? '') && !!institutionNoun(tokens[m + 1]?.text ?? '')))
        && !((matchOrg(tokens, m, text, cs)?.next ?? 0) > m + 1)) {
        const c = countryOfWord(cs.countries, tokens[m]!.text);
        if (c && !country) country = c;
        m++;
      }
      const inner = tokens[m];
      if (inner && inner.kind === 'quote') {
        // a quoted organisation name: des „United States National Security Council“
        let q = m + 1;
        while (q < tokens.length && tokens[q]!.kind !== 'quote') q++;
        if (q < tokens.length && q - m < 10) {
          orgText = text.slice(tokens[m + 1]!.start, tokens[q - 1]!.end);
          if (head.kind === 'role') roleText = text.slice(tokens[j]!.start, tokens[q]!.end);
          k = q + 1;
        }
      } else if (inner && inner.kind === 'word') {
        const sp = splitPrefix(inner.text, cs);
        const ow = sp.country ? matchOrgWord(sp.head, cs) : null;
        const o = matchOrg(tokens, m, text, cs) ?? (ow ? { ...ow, next: m + 1 } : null);
        // "des Norddeutschen Rundfunks (NDR)": an outlet named in full, its acronym in brackets
        let open = m + 1;
        while (open < m + 4 && isCapitalised(tokens[open]) && tokens[open]!.kind === 'word') open++;
        const bracketed = tokens[open]?.text === '(' && tokens[open + 2]?.text === ')' ? matchMedia(tokens, open + 1, cs) : null;
        const med = matchMedia(tokens, m, cs) ?? (bracketed ? { ...bracketed, next: open + 3 } : null);
        const cWord = countryOfWord(cs.countries, inner.text);
        if (o && head.kind === 'org' && head.org?.kind === 'document') {
          // "ein Bericht der Weltgesundheitsorganisation": the issuer of the document is the source
          org = o.org;
          orgText = o.org.base;
          head = { ...head, org: o.org };
          if (sp.country && !country) country = sp.country;
          if (o.org.country && !country) country = o.org.country;
          k = o.next;
        } else if (o && head.kind === 'role' && !cs.nounsCapitalised && GENERIC_ORG_EN.has(o.org.en) && tokens[o.next] && (properBodyAt(tokens, o.next, text, cs) || properAfterType(tokens, o.next, cs) > o.next)) {
          // "analysts at consultancy Ridgeway Energy Research", "a spokesman for the group Terra Viva": the type noun's name
          const e = properBodyAt(tokens, o.next, text, cs)?.next ?? nameParticles(tokens, properAfterType(tokens, o.next, cs));
          generic = { noun: o.org.base, name: text.slice(tokens[o.next]!.start, tokens[e - 1]!.end), kind: o.org.kind, next: e };
          orgText = generic.name;
          k = e;
        } else if (o && head.kind !== 'org') {
          org = o.org;
          orgText = o.org.base;
          if (sp.country && !country) country = sp.country;
          if (o.org.country && !country) country = o.org.country;
          if (head.kind === 'role') roleText = `${tokens[j]!.text} ${g.text} ${o.org.base === o.text ? o.text : stripPrefix(inner.text)}`;
          k = o.next;
        } else if (med && head.kind === 'role' && role?.en === 'reporter') {
          // "ein Reporter des NDR": what the outlet's reporter saw is the outlet's account
          head = { kind: 'media', next: med.next, mediaName: med.name };
          k = med.next;
        } else if (med && head.kind === 'role') {
          orgText = med.name;
          k = med.next;
        } else if (med && head.kind === 'org' && head.org?.kind === 'document') {
          // "ein Bericht der New York Times": the outlet that published the document speaks
          head = { kind: 'media', next: med.next, mediaName: med.name };
          k = med.next;
        } else if (head.kind !== 'anon' && (head.kind === 'role' || head.org?.kind === 'document') && institutionAt(tokens, m, text, cs)) {
          // "ein Sprecher des Unternehmens Siemens", "eine Erklärung des Bündnisses Seebrücke", "der Stadt"
          const inst = institutionAt(tokens, m, text, cs)!;
          generic = inst;
          orgText = inst.name;
          if (head.kind === 'role') roleText = `${tokens[j]!.text} ${g.text} ${inner.text}`;
          k = inst.next;
        } else if (head.kind === 'role' && !cs.nounsCapitalised && properBodyAt(tokens, m, text, cs)) {
          // "analysts at Kiwoom Securities", "a spokesman for the National Disaster Management Authority"
          const body = properBodyAt(tokens, m, text, cs)!;
          generic = body;
          orgText = body.name;
          k = body.next;
        } else if (head.kind === 'role' && role?.en === 'spokesperson' && ACRONYM.test(inner.text) && !cWord && !cs.countries.byPrefix.has(inner.text)) {
          // "ein Sprecher des SLF": an acronym no table knows names the body the spokesperson speaks for
          generic = { noun: inner.text, name: inner.text, kind: institutionKind(inner.text), next: m + 1 };
          orgText = inner.text;
          k = m + 1;
        } else if (cWord && cs.countries.byWord.has(inner.text)) {
          if (!country) country = cWord;
          k = m + 1;
        } else if (head.kind === 'role' && isCapitalised(inner) && !matchRole(inner.text, cs)) {
          // "der Gouverneur der Region (Belgorod)", "der Bürgermeister der Stadt": part of the role
          let e = m + 1;
          // "ein Arzt der Kieler Notaufnahme": a place adjective goes with the noun after it, which is no person's name
          if (cs.nounsCapitalised && /^\p{Lu}\p{Ll}+er$/u.test(inner.text) && isCapitalised(tokens[e]) && tokens[e]!.start - inner.end === 1
            && !isCapitalised(tokens[e + 1]) && !cs.firstNames.has(tokens[e]!.text) && !personOfWord(tokens[e]!.text)) e++;
          else if (cs.placeNouns.has(inner.text) && isCapitalised(tokens[e]) && tokens[e]!.start - inner.end === 1 && !personOfWord(tokens[e]!.text) && !cs.firstNames.has(tokens[e]!.text)) {
            e++;
            // "der Provinz Cabo Delgado, Feliciano Matsinhe": a place of several words, when a full name follows its comma
            const f = capitalisedRun(tokens, e, e + 2);
            if (f > e && commaName(tokens, f, cs)) e = f;
          }
          roleText = text.slice(tokens[j]!.start, tokens[e - 1]!.end);
          k = e;
        }
      }
    }
    // "die Regierung in Seoul": the seat names the country
    if (!country && (tokens[k]?.text === 'in' || tokens[k]?.text === 'in') && tokens[k + 1] && cs.countries.actors.has(tokens[k + 1]!.text)) {
      country = cs.countries.actors.get(tokens[k + 1]!.text)!;
      k += 2;
    }
    // "der Koordinator der Organisation in Goma, Pieter Vandenbroucke": where the body sits, taken only when a full
    // name follows it
    if (head.kind === 'role' && !person && k > head.next && cs.nounsCapitalised && tokens[k]?.text === 'in' && isCapitalised(tokens[k + 1])) {
      const e = capitalisedRun(tokens, k + 2, k + 4);
      if (commaName(tokens, e, cs)) k = e;
    }
    // "der Direktor für Europa, Hans Lindholm": a für-complement of the role, taken only when a full name follows it
    if (head.kind === 'role' && !person) {
      const c = roleComplement(tokens, k, cs);
      if (c > k && commaName(tokens, c, cs)) {
        roleText = text.slice(tokens[j]!.start, tokens[c - 1]!.end);
        k = c;
      }
    }
    // "der Vorsitzende des Landesverbands der Geflügelwirtschaft, Heinrich Ostendorp": a second genitive after the
    // body is part of its name, taken only when a full name follows it
    if (head.kind === 'role' && !person && cs.nounsCapitalised && k > head.next && cs.genitives.has(tokens[k]?.text ?? '')) {
      let c = k + 1;
      while (c < k + 4 && isAdjective(tokens[c], cs)) c++;
      if (isCapitalised(tokens[c]) && !matchRole(tokens[c]!.text, cs, false) && commaName(tokens, c + 1, cs)) k = c + 1;
    }
    // appositive name: "Präsident Wolodymyr Selenskyj", "der Sprecher des Kremls, Dmitri Peskow"
    if (head.kind === 'role' && !person) {
      let a = k;
      if (tokens[a]?.text === ',') a++;
      // a bare plural role ("von Experten Öl") takes no unknown name after it
      const barePlural = !definite && !indefinite && cs.nounsCapitalised && /en$/u.test(head.roleText ?? '') && head.next === k;
      let n = matchName(tokens, a, text, cs) ?? (a === k && !barePlural ? unknownName(tokens, a, cs) : null);
      // "Armeesprecher Oberst Ibrahim Musa": a rank between the role and a full name
      if (!n && a === k && isCapitalised(tokens[a]) && matchRole(tokens[a]!.text, cs, false)) {
        const u = matchName(tokens, a + 1, text, cs) ?? unknownName(tokens, a + 1, cs);
        if (u && (u.person || u.next - a - 1 >= 2)) n = u;
      }
      if (!n && a > k) {
        // after a comma only a full "Vorname Nachname" is a name, also after a rank: ", Generalmajor Omar Said,"
        const r = isCapitalised(tokens[a]) && matchRole(tokens[a]!.text, cs, false) ? a + 1 : a;
        const u = matchName(tokens, r, text, cs) ?? unknownName(tokens, r, cs);
        if (u && (u.person || u.next - r === 2)) n = u;
      }
      // "Dessen Präsidentin, die Kieler Stadträtin Jana Holm, forderte": an apposition with its own article and role
      if (!n && a > k && cs.definite.has(tokens[a]?.text ?? '')) {
        const ap = parseSpeaker(tokens, a, text, tables) ?? genericSpeaker(tokens, a, text, tables);
        if (ap && ap.source.kind === 'person' && ap.source.name && tokens[ap.next]?.text === ',') {
          const nameTokens = ap.source.name.split(' ').length;
          n = { person: personOfWord(tokens[ap.next - 1]!.text), text: ap.source.name, next: ap.next };
          if (nameTokens > ap.next - a) n = null;
        }
      }
      if (n) {
        person = n.person;
        personText = n.text;
        k = n.next;
      }
    }
  } else if (head.kind === 'person') {
    // "John Kirby, Sprecher des ..." — an apposition adds the role
    if (tokens[k]?.text === ',') {
      const ap = parseSpeaker(tokens, k + 1, text, tables);
      if (ap && ap.roleBase && ap.source.kind !== 'person') {
        roleText = ap.source.role;
        orgText = ap.source.organisation;
        if (!country) country = ap.source.country;
        k = ap.next;
      }
    }
  }
  // "die Organisation Ärzte ohne Grenzen", "the group Reporters Without Borders", "das Institut für Wirtschaftsforschung":
  // a generic body noun followed by the body's name
  if (head.kind === 'org' && head.org && GENERIC_ORG_EN.has(head.org.en) && k === head.next) {
    // "Consultancy firm Acme Partners", "the research group firm …": a second type noun only repeats the type
    if (!cs.nounsCapitalised && isLowerWord(tokens[k]) && matchOrg(tokens, k, text, cs)?.org === head.org && isCapitalised(tokens[k + 1])) k++;
    const named = matchOrg(tokens, k, text, cs);
    // computed in the conditions below, once each, only when the branches before did not apply
    let ap: ReturnType<typeof appositiveBody> = null;
    let proper = k;
    if (named && named.org !== head.org && named.org.kind !== 'document') {
      head = { ...head, org: named.org };
      org = named.org;
      orgText = named.org.base;
      if (named.org.country && !country) country = named.org.country;
      k = named.next;
    } else if (/^(?:für|for|of)$/u.test(tokens[k]?.text ?? '') && isCapitalised(tokens[k + 1])) {
      let e = k + 1;
      while (e < tokens.length && e - k <= 3 && isCapitalised(tokens[e]) && tokens[e]!.start - tokens[e - 1]!.end === 1 && !matchRole(tokens[e]!.text, cs)) e++;
      // "das Ministerium für Arbeit, Soziales und Integration": a list of fields is all of the name
      e = Math.max(e, coordinatedComplementEnd(tokens, k, cs.complementList));
      generic = { noun: head.org.base, name: text.slice(tokens[j]!.start, tokens[e - 1]!.end), kind: head.org.kind, next: e };
      orgText = generic.name;
      head = { kind: 'generic', next: e, generic };
      k = e;
    } else if (!cs.nounsCapitalised && tokens[k]?.text === ',' && (ap = appositiveBody(tokens, k, text, cs))) {
      // "a local rescue group, the Shwe Lin Foundation, said": the body's name in an apposition set off by commas
      if (ap.org) {
        // ", Amnesty International,": a body the tables know
        head = { ...head, org: ap.org };
        org = ap.org;
        orgText = ap.org.base;
        if (ap.org.country && !country) country = ap.org.country;
      } else {
        generic = { noun: head.org.base, name: ap.name, kind: head.org.kind, next: ap.next };
        orgText = generic.name;
        org = null;
        head = { kind: 'generic', next: ap.next, generic };
      }
      k = ap.next;
    } else if (!cs.nounsCapitalised && (!/^[A-Z]{2,6}$/u.test(tokens[k]?.text ?? '') || isCapitalised(tokens[k + 1])) && (proper = Math.max(properAfterType(tokens, k, cs), englishNameRun(tokens, k, cs))) > k) {
      // an acronym alone may be the body's short name, handled below; "SBM Intelligence" with a word after it is a name
      // "the airline Aerovías del Plata", "the consultancy Nordsee Risk": capitalised words (and name particles) after a type noun
      const e = nameParticles(tokens, proper);
      generic = { noun: head.org.base, name: text.slice(tokens[k]!.start, tokens[e - 1]!.end), kind: head.org.kind, next: e };
      orgText = generic.name;
      org = null;
      head = { kind: 'generic', next: e, generic };
      k = e;
    } else if (cs.nounsCapitalised || /^[A-Z]{2,6}$/u.test(tokens[k]?.text ?? '')) {
      // "die Hilfsorganisation Rettungsbund Oberhain": a type noun before a named compound body
      const inst = institutionAt(tokens, k, text, cs);
      if (inst && inst.name !== inst.noun) {
        generic = inst;
        orgText = inst.name;
        org = null;
        head = { kind: 'generic', next: inst.next, generic };
        k = inst.next;
      } else if ((proper = properAfterType(tokens, k, cs)) > k) {
        // "die Menschenrechtsorganisation Yucom", "die Hilfsorganisation Frontera Viva": unknown capitalised words
        // after a type noun are the body's name
        const e = proper;
        generic = { noun: head.org.base, name: text.slice(tokens[k]!.start, tokens[e - 1]!.end), kind: head.org.kind, next: e };
        orgText = generic.name;
        org = null;
        head = { kind: 'generic', next: e, generic };
        k = e;
      }
    }
  }
  // "das Ministerium für Arbeit, Soziales und Integration": a ministry named by its fields is that one ministry
  if (head.kind === 'org' && head.org && MINISTRY.test(head.org.base) && k === head.next && cs.nounsCapitalised) {
    const e = officeComplement(tokens, k, cs);
    if (e > k) {
      // in the nominative: "des Ministeriums für Umwelt" names the "Ministerium für Umwelt"
      const name = `${tokens[j]!.text.replace(/iums$/u, 'ium')}${text.slice(tokens[j]!.end, tokens[e - 1]!.end)}`;
      generic = { noun: head.org.base, name, kind: head.org.kind, next: e };
      orgText = generic.name;
      head = { kind: 'generic', next: e, generic };
      k = e;
    }
  }
  if (generic && !orgText) orgText = generic.name;
  const start = first.start;
  const end = tokens[k - 1]!.end;
  if (k <= i || !tokens[k - 1]) return null;
  const src = buildSource(head, { country, org, orgText, person, personText, role, roleText, indefinite, definite, generic, text: text.slice(start, end) });
  if (head.kind === 'generic' && src.kind === 'organisation' && stateAdjective(tokens, i, j)) src.kind = 'government';
  // "the fishermen's association said": a generic body named by its members is that body, not one named before
  const byMembers = !!members && head.kind === 'org' && !!head.org && GENERIC_ORG_EN.has(head.org.en) && k === head.next;
  if (byMembers) src.name = src.organisation = `${members} ${text.slice(tokens[j]!.start, tokens[k - 1]!.end)}`;
  const isDefiniteDescription = definite && !person && !personText && head.kind === 'role' && !(role?.en === 'spokesperson' && (org || generic));
  const group = head.kind === 'role' && !!role?.group && !person && !personText && !org && !generic && !country && k === head.next && groupReading(tokens, i, j, head, role, cs);
  // "hatten Ermittler … sichergestellt": investigators without an article are the investigating side as a body
  const bareGroup = !group && !definite && !indefinite && head.kind === 'role' && !!role?.groupKind && !person && !personText && !org && !generic && !country
    && k === head.next && k === j + 1 && i === j && groupForm(role, tokens[j]!.text);
  if ((group || bareGroup) && role!.groupKind) Object.assign(src, { kind: role!.groupKind, name: role!.base, role: null, organisation: role!.base });
  const mm = mention(start, end, k, src, isDefiniteDescription && !group, false, role?.base ?? null, !!role?.official && !group);
  // investigators as a group are named as such in the dev annotations even after the authority ("nach Erkenntnissen der
  // Ermittler" after "der Landespolizeidirektion"): a group with a body kind of its own stands as that body
  if (group && !role!.groupKind && role!.groupBody) mm.group = groupBodyPattern(role!);
  // "die Behörde", "the ministry", "the group": a definite body without a country may mean the last one named
  // "die Behörden im Distrikt Nord": a body qualified by a place is a body of its own, not the one named before
  let pk = k + 1;
  if (cs.definite.has(tokens[pk]?.text ?? '')) pk++;
  while (pk < k + 4 && isAdjective(tokens[pk], cs)) pk++;
  const placed = /^(?:im|in)$/u.test(tokens[k]?.text ?? '') && isCapitalised(tokens[pk]);
  if (definite && head.kind === 'org' && head.org && head.org.kind !== 'document' && !country && !head.org.country && !placed && !byMembers) mm.anaphoricOrg = true;
  // "Die sudanesische Armee … Ein Armeesprecher sagte": a spokesperson's body with no country of its own may be the body
  // named before ("sudanesische Armee", "Landkreis Dahme-Spreewald")
  if (head.kind === 'role' && role?.en === 'spokesperson' && (org || generic) && !person && !personText && !country && !org?.country) mm.spokesBody = true;
  // "ein Firmensprecher", "ein Werkssprecher": a compound names a kind of body of its own, no body named before
  if (head.kind === 'role' && role?.en === 'spokesperson' && !org && !generic && !person && !personText && !country && head.next === k
    && !BODY_SPOKESPERSON.test(head.roleText ?? '') && !BODY_ADJECTIVE.test(text.slice(tokens[i]!.start, tokens[head.next - 1]!.end))) mm.bareSpokesperson = true;
  return mm;
}

/**
 * "a person familiar with the insurer's assessment", "two people briefed on the talks": an unnamed informant, whose
 * phrase runs over the complement of its link up to a clause mark or a word that is no part of a noun phrase (said,
 * who). Anonymous, named by its noun and link word ("person familiar (anonymous)").
 */
function informantAt(tokens: Token[], j: number, text: string, cs: CompiledSources, i: number): Mention | null {
  const noun = tokens[j];
  if (!cs.informantNoun || !cs.informantLink || !noun || noun.kind !== 'word' || !cs.informantNoun.test(noun.text)) return null;
  const link = cs.informantLink.exec(text.slice(noun.end + 1, noun.end + 40));
  if (!link || text.charAt(noun.end) !== ' ') return null;
  const linkEnd = noun.end + 1 + link[0].length;
  let k = j + 1;
  while (k < tokens.length && tokens[k]!.end <= linkEnd) k++;
  // the complement: words of a noun phrase, no clause mark, no verb of the table's non-adjectives
  const from = k;
  while (k < tokens.length && k < from + 8 && tokens[k]!.kind === 'word' && !cs.notAdjectives.has(lowerOf(tokens[k]!))) k++;
  if (k === from) return null;
  const word = link[0].split(' ').find((w) => !/^(?:with|who|has|have)$/iu.test(w)) ?? link[0];
  // "sources familiar with …", "people familiar with the matter": a phrase or noun the anonymous table names keeps that name
  const known = anonymousOf(text.slice(noun.start, tokens[k - 1]!.end), cs) ?? anonymousOf(noun.text, cs);
  const name = known ? `${known.en} (anonymous)` : `${lowerOf(noun)} ${word.toLowerCase()} (anonymous)`;
  const src: ClaimSource = { kind: 'anonymous_official', text: text.slice(tokens[i]!.start, tokens[k - 1]!.end), name, role: null, organisation: null, country: null };
  return mention(tokens[i]!.start, tokens[k - 1]!.end, k, src, false, false, null, true);
}

/**
 * Whether a role noun after a definite article is read as a plural group: one of the role's group forms after "die"
 * or "den", or after a lower-case "der" that follows a noun or "laut" ("nach Angaben der Ermittler": genitive plural;
 * "Der Ermittler Hans Rau", "sagte der Ermittler": singular).
 */
function groupReading(tokens: Token[], i: number, j: number, head: Head, role: RoleEntry, cs: CompiledSources): boolean {
  const article = tokens[i]!.text;
  if (!cs.definite.has(article.toLowerCase()) || head.next !== j + 1) return false;
  if (!groupForm(role, tokens[j]!.text)) return false;
  if (/^(?:die|Die|den|Den)$/u.test(article)) return true;
  const before = tokens[i - 1];
  return article === 'der' && !!before && before.kind === 'word' && (isCapitalised(before) || before.text === 'laut');
}
/** Whether `word` is one of the role's plural group forms. */
function groupForm(role: RoleEntry, word: string): boolean {
  let re = GROUP_FORMS.get(role);
  if (!re) GROUP_FORMS.set(role, (re = new RegExp(`^(?:${role.group ?? '(?!)'})$`, 'u')));
  return re.test(word);
}
const GROUP_FORMS = new Map<RoleEntry, RegExp>();

/** The pattern of the bodies a group of this role speaks for, compiled once per entry. */
function groupBodyPattern(role: RoleEntry): RegExp {
  let re = GROUP_BODIES.get(role);
  if (!re) GROUP_BODIES.set(role, (re = new RegExp(role.groupBody!, 'iu')));
  return re;
}
const GROUP_BODIES = new Map<RoleEntry, RegExp>();

/** "für Verkehr zuständige", "für Katastrophenschutz verantwortliche": the index of the adjective closing the attribute, or j. */
function skipExtendedAttribute(tokens: Token[], j: number, cs: CompiledSources): number {
  if (!cs.nounsCapitalised || !cs.complementPrepositions.has(tokens[j]?.text ?? '') || !isCapitalised(tokens[j + 1])) return j;
  let e = j + 1;
  while (e < j + 4 && isCapitalised(tokens[e])) e++;
  return isAdjective(tokens[e], cs) && isCapitalised(tokens[e + 1]) ? e : j;
}

/** End of a role's complement "für Europa", "for Africa" (one to three capitalised words) starting at k, or k. */
function roleComplement(tokens: Token[], k: number, cs: CompiledSources): number {
  if (!cs.complementPrepositions.has(tokens[k]?.text ?? '') || !isCapitalised(tokens[k + 1])) return k;
  // "der Beauftragte für Sucht- und Drogenfragen, Jonas Wehrle": a list of fields
  const list = coordinatedComplementEnd(tokens, k, cs.complementList);
  if (list > k) return list;
  return capitalisedRun(tokens, k + 1, k + 4);
}

/** ", Vorname Nachname" at k, closed by a comma or the end of the clause: an apposition naming the person, or null. */
function commaName(tokens: Token[], k: number, cs: CompiledSources): { person: PersonEntry | null; text: string; next: number } | null {
  if (tokens[k]?.text !== ',') return null;
  const u = unknownName(tokens, k + 1, cs);
  if (!u || (!u.person && u.next - k - 1 < 2)) return null;
  const after = tokens[u.next];
  return !after || after.kind === 'punct' ? u : null;
}

/**
 * English sentence-initial adjectives are capitalised ("Local authorities said", "Senior officials said"): the first
 * word of the phrase counts as an adjective when it is no head itself and a head follows it.
 */
function isCapitalisedAdjective(tokens: Token[], j: number, i: number, text: string, cs: CompiledSources): boolean {
  if (j !== i || !isCapitalised(tokens[j])) return false;
  const known = cs.memo.capitalisedAdjective.get(tokens[j]!);
  if (!(known ?? cs.memo.capitalisedAdjective.set(tokens[j]!, adjectiveWhenLowered(tokens[j]!, cs))) || parseHead(tokens, j, text, cs, false)) return false;
  const n = tokens[j + 1];
  if (!n) return false;
  // German: "Westliche Geheimdienste schätzen": a capitalised adjective opening the sentence before a body or role noun
  if (cs.nounsCapitalised) {
    const h = isCapitalised(n) && n.start === tokens[j]!.end + 1 ? parseHead(tokens, j + 1, text, cs, true) : null;
    return !!h && (h.kind === 'org' || h.kind === 'role' || h.kind === 'anon');
  }
  return isLowerWord(n) && !!parseHead(tokens, j + 1, text, cs, true);
}

/** What a capitalised word is by itself (no name, an adjective once lower-cased): remembered by word. */
function adjectiveWhenLowered(tok: Token, cs: CompiledSources): boolean {
  const w = tok.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || cs.firstNames.has(w) || personOfWord(w) || cs.notAdjectives.has(w.toLowerCase())) return false;
  // the interned entry is the original text's: it must not come along with another text
  const lower: Token = { ...tok, text: w.toLowerCase(), word: undefined };
  return isAdjective(lower, cs);
}

/**
 * "der Bremer Experte", "Kölner Ökonom X": a place name with "-er" is an indeclinable adjective in German; before a
 * role noun it describes the speaker like any adjective, before a media noun the medium ("der Turiner Zeitung").
 * Not a role or body noun itself ("Lehrer", "Betreiber").
 */
function isPlaceAdjective(tokens: Token[], j: number, cs: CompiledSources): boolean {
  if (!cs.nounsCapitalised) return false;
  const w = tokens[j]!.text;
  const n = tokens[j + 1];
  if (!/^\p{Lu}\p{Ll}+er$/u.test(w) || !n || n.kind !== 'word' || !isCapitalised(n) || n.start !== tokens[j]!.end + 1) return false;
  return !matchRole(w, cs) && !matchOrgWord(w, cs) && !cs.firstNames.has(w) && (!!matchRole(splitPrefix(n.text, cs).head, cs) || cs.mediaNouns.has(n.text));
}

/** "Russia's defense ministry": a country's possessive stands where an adjective would. */
function isPossessiveCountry(t: Token, cs: CompiledSources): boolean {
  return t.kind === 'word' && /['’]s$/u.test(t.text) && cs.countries.actors.has(t.text.slice(0, -2));
}

/**
 * "Rio state's", "Rio state", "São Paulo city's": capitalised place words closed by a level noun of the places table
 * (state, city, province), with or without a possessive, and a word after them. The index after the modifier, or j.
 */
function placeModifierEnd(tokens: Token[], j: number, cs: CompiledSources): number {
  // "Calloway County Judge Ray Delgado", "Harris County Sheriff …": a capitalised county before a role says where the office sits
  for (let c = j + 1; c < j + 4 && isCapitalised(tokens[c]) && tokens[c]!.start - tokens[c - 1]!.end === 1; c++) {
    if (PLACE_LEVEL.test(tokens[c]!.text) && matchRole(tokens[c + 1]?.text ?? '', cs, false) && isCapitalised(tokens[c + 1])) return c + 1;
  }
  let e = j;
  while (e < j + 3 && isCapitalised(tokens[e]) && tokens[e]!.kind === 'word') e++;
  const level = tokens[e];
  if (e === j || !level || level.kind !== 'word' || level.start - tokens[e - 1]!.end !== 1) return j;
  const bare = level.text.replace(/['’]s$/u, '');
  if (!cs.placeNouns.has(bare) || !/^\p{Ll}/u.test(bare)) return j;
  return tokens[e + 1]?.kind === 'word' ? e + 1 : j;
}

/**
 * English "the Standard newspaper", "the Harbour Gazette daily": one to three capitalised words (no country, person or
 * body the tables know) right before a lower-case media noun. The index after the noun, or 0.
 */
function mediaTitleBefore(tokens: Token[], j: number, cs: CompiledSources): number {
  const t = tokens[j];
  if (!isCapitalised(t) || cs.firstNames.has(t!.text) || personOfWord(t!.text)) return 0;
  const e = capitalisedRun(tokens, j + 1, j + 3);
  const n = tokens[e];
  if (!isLowerWord(n) || n!.start !== tokens[e - 1]!.end + 1 || !cs.mediaNouns.has(n!.text)) return 0;
  for (let k = j; k < e; k++) if (countryOfWord(cs.countries, tokens[k]!.text) || cs.countries.actors.has(tokens[k]!.text) || matchOrgWord(tokens[k]!.text, cs) || PLACE_PARTICIPLE.test(tokens[k]!.text)) return 0;
  // "the Kenyan daily", "a Japanese broadcaster": a demonym says where the medium is, it is no title
  if (e === j + 1 && /(?:an|ese|ish)$/u.test(t!.text)) return 0;
  return e + 1;
}

/** English plural possessives of persons: "fishermen's", "workers'", "people's". */
const MEMBERS_POSSESSIVE = /^\p{Ll}*(?:men|people|children)['’]s$/u;

/** English capitalised place levels that may open a role's phrase: "Calloway County Judge". */
const PLACE_LEVEL = /^(?:County|Parish|Borough|Township|Province|Prefecture)$/u;

/** English noun adjuncts: "government official", "military spokesman" — the organisation word describes the role. */
function isAdjunctBeforeRole(tokens: Token[], j: number, cs: CompiledSources): boolean {
  if (cs.nounsCapitalised) return false;
  const t = tokens[j]!;
  const n = tokens[j + 1];
  if (t.kind !== 'word' || !n || n.kind !== 'word') return false;
  // "a CAAN official": a body's letters no table knows, right before a role noun, qualify the role like a known body
  // (an official only: "the KMT spokesman" speaks for the body, which stays the source)
  if (!matchOrgWord(t.text, cs)) {
    const role = ACRONYM_HEAD.test(t.text) && isLowerWord(n) ? matchRole(n.text, cs) : null;
    return !!role && !!role.official && role.en !== 'spokesperson';
  }
  if (matchRole(n.text, cs)) return true;
  // "WHO country representative Miriam Osei", "UNICEF regional director Anna Berg": one lower-case adjunct between the
  // body and a role noun that a name follows
  const r = tokens[j + 2];
  return isLowerWord(n) && !!r && r.kind === 'word' && !!matchRole(r.text, cs) && isCapitalised(tokens[j + 3]);
}

/** Index of the first capture group that took part in a match (= the table entry). */
function groupIndex(m: RegExpExecArray): number {
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  return g - 1;
}

function stripPrefix(word: string): string {
  const dash = word.lastIndexOf('-');
  return dash > 0 ? word.slice(dash + 1) : word;
}

function matchOrgWord(word: string, cs: CompiledSources): { org: OrganisationEntry; next: number; text: string } | null {
  const org = orgOf(word, cs);
  if (org) return { org, next: 0, text: word };
  return null;
}

/** The organisation entry a word names as a whole, or null (remembered by word). */
function orgOf(word: string, cs: CompiledSources): OrganisationEntry | null {
  const hit = cs.memo.org.get(word);
  return hit !== undefined ? hit : remember(cs.memo.org, word, wholeOrg(word, cs));
}

function wholeOrg(phrase: string, cs: CompiledSources): OrganisationEntry | null {
  const m = cs.orgAll.exec(phrase);
  return m ? cs.orgEntries[groupIndex(m)]! : null;
}

/** The organisation entry a phrase with a space names as a whole, or null. */
function multiWordOrg(phrase: string, cs: CompiledSources): OrganisationEntry | null {
  // most phrases start with a word no entry of several words starts with: then no match, without running the
  // alternation of every entry (firstWords reads those words from the entries, so nothing is left out)
  if (cs.orgMultiFirst !== null) {
    const first = plainFirstWord(phrase, !cs.nounsCapitalised);
    if (first !== null && !cs.orgMultiFirst.has(first)) return null;
  }
  const m = cs.orgMulti.exec(phrase);
  return m ? cs.orgMultiEntries[groupIndex(m)]! : null;
}

/** The first anonymous-source entry a word names ("Quellen", "sources"), or null. */
function anonymousOf(word: string, cs: CompiledSources): { re: RegExp; en: string } | null {
  const hit = cs.memo.anonymous.get(word);
  return hit !== undefined ? hit : remember(cs.memo.anonymous, word, cs.anonymous.find((a) => a.re.test(word)) ?? null);
}

/**
 * Name particles that continue a name in lower case: "Anis al-Hakim", "Omar bin Salman", "Ruud van Dijk".
 * A hyphenated particle is part of the next word; a separate one needs a capitalised word after it.
 */
const HYPHEN_PARTICLE = /^(?:al|el|ul|ad|as|ash|at|az|ed|bin|ibn|abu|abd|ben|da|de|di|du|van|von|le|la)-\p{Lu}/u;
const SEPARATE_PARTICLE = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben', 'van', 'de', 'da', 'di', 'do', 'dos', 'du', 'del', 'della', 'le', 'la', 'ter', 'ten']);

/** The token index after a name's trailing particle parts ("al-Hakim", "bin Salman"), starting at `next`. */
export function nameParticles(tokens: Token[], next: number): number {
  for (let n = 0; n < 3; n++) {
    const t = tokens[next];
    if (!t || t.kind !== 'word' || t.start - tokens[next - 1]!.end !== 1) break;
    if (HYPHEN_PARTICLE.test(t.text)) {
      next++;
      continue;
    }
    const after = tokens[next + 1];
    if (SEPARATE_PARTICLE.has(t.text) && isCapitalised(after) && after!.start - t.end === 1) {
      next += 2;
      continue;
    }
    break;
  }
  return next;
}

function joinTokens(tokens: Token[], i: number, next: number): string {
  return tokens.slice(i, next).map((x) => x.text).join(' ');
}

/** A single capitalised word right after a role ("Oberbefehlshaber Syrskyj") that is not itself a known noun. */
function unknownName(tokens: Token[], i: number, cs: CompiledSources): { person: PersonEntry | null; text: string; next: number } | null {
  // "Maj. Gen. Aung Myo Tun", "Dr. Miriam Osei": abbreviated titles are no part of the name
  while (/^\p{Lu}\p{Ll}{0,4}\.$/u.test(tokens[i]?.text ?? '') && isCapitalised(tokens[i + 1]) && tokens[i + 1]!.start - tokens[i]!.end === 1) i++;
  const t = tokens[i];
  if (!isCapitalised(t)) return null;
  const w = t!.text;
  if (countryOfWord(cs.countries, w) || matchRole(w, cs) || matchOrgWord(w, cs) || cs.placeNouns.has(w) || cs.mediaNouns.has(w)) return null;
  // a name is followed by something that is not a lower-case genitive continuation of a noun phrase
  // (German noun endings; in English "Aung", "Heung" are names)
  if ((cs.nounsCapitalised ? /(?:ung|ungen|heit|keit|schaft|tion|tionen|ismus|ität)$/u : /(?:tion|ism)$/u).test(w)) return null;
  let next = i + 1;
  // "Vorname Nachname" of unknown people, also "Vorname Zweitname Nachname" ("Ibrahim Khalil Musa")
  while (next - i < 3 && isCapitalised(tokens[next]) && tokens[next]!.start - tokens[next - 1]!.end === 1 && !matchRole(tokens[next]!.text, cs)) {
    const w2 = tokens[next]!.text;
    if ((cs.nounsCapitalised && /(?:ung|ungen|heit|keit|schaft|tion)$/u.test(w2)) || countryOfWord(cs.countries, w2) || NOT_NAMES.has(w2) || matchOrgWord(w2, cs) || cs.mediaNouns.has(w2)) break;
    // a third capitalised word in German is as likely a noun as a name: only after a known first name or before a lower-case word
    if (next - i === 2 && cs.nounsCapitalised && !cs.firstNames.has(w) && !isLowerWord(tokens[next + 1])) break;
    next++;
  }
  next = nameParticles(tokens, next);
  const txt = joinTokens(tokens, i, next);
  return { person: personOfWord(tokens[next - 1]!.text), text: txt, next };
}

/**
 * The last two heads read: isCapitalisedAdjective reads the head at a phrase's first word, and parseSpeaker reads it
 * again (same tokens, index, text and determiner flag; the reading depends on nothing else).
 */
const lastHeads: Array<{ tokens: Token[]; j: number; hasDeterminer: boolean; text: string; cs: CompiledSources; head: Head | null }> = [];

function parseHead(tokens: Token[], j: number, text: string, cs: CompiledSources, hasDeterminer: boolean): Head | null {
  for (const h of lastHeads) if (h.tokens === tokens && h.j === j && h.hasDeterminer === hasDeterminer && h.cs === cs && h.text === text) return h.head;
  const head = readHead(tokens, j, text, cs, hasDeterminer);
  if (lastHeads.length >= 2) lastHeads.shift();
  lastHeads.push({ tokens, j, hasDeterminer, text, cs, head });
  return head;
}

/** A short title in quotation marks starting at token i ("„La Stampa“", "\"El País\""): its words and the token after it. */
function quotedTitle(tokens: Token[], i: number, text: string): { name: string; next: number } | null {
  if (tokens[i]?.kind !== 'quote' || !isCapitalised(tokens[i + 1])) return null;
  for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return { name: text.slice(tokens[i + 1]!.start, tokens[k - 1]!.end), next: k + 1 };
    if (t.kind === 'punct') return null;
  }
  return null;
}

/** Nouns after "media"/"press" that make the phrase a body's press arm ("media wing", "press office"), not a medium. */
const PRESS_ARM = /^(?:wing|office|service|department|unit)$/u;

function readHead(tokens: Token[], j: number, text: string, cs: CompiledSources, hasDeterminer: boolean): Head | null {
  const tok = tokens[j];
  if (!tok || tok.kind !== 'word') return null;
  // English "the military's media wing", "the ministry's press office": a body's press arm, no medium
  const pressArm = !cs.nounsCapitalised && PRESS_ARM.test(tokens[j + 1]?.text ?? '') && !!matchOrg(tokens, j, text, cs);
  const med = pressArm ? null : matchMedia(tokens, j, cs);
  if (med) return { kind: 'media', next: med.next, mediaName: med.name };
  // "the national prison agency SNAI": an agency described by lower-case nouns before it is a public body, not a medium
  const describedAgency = !cs.nounsCapitalised && j > 0 && isLowerWord(tokens[j - 1]) && !cs.definite.has(tokens[j - 1]!.text) && !cs.indefinite.has(tokens[j - 1]!.text) && !/^(?:news|wire|press)$/u.test(tokens[j - 1]!.text) && !!matchOrgWord(tok.text, cs);
  // "des Auslandssenders RFI", "von Fachmedien": a German compound ending in a media noun is a medium too
  const compoundMedia = !cs.mediaNouns.has(tok.text) && cs.mediaSuffix !== null && (cs.memo.mediaCompound.get(tok) ?? cs.memo.mediaCompound.set(tok, cs.mediaSuffix.test(tok.text)));
  if (compoundMedia) {
    if (isCapitalised(tokens[j + 1]) && !cs.definite.has(tokens[j + 1]!.text) && tokens[j + 1]!.kind === 'word') return { kind: 'media', next: j + 2, mediaName: tokens[j + 1]!.text };
    // "der Regionalsender „Radio Weserland“": the title in quotes after a media compound is its name, as after a media noun
    const titledCompound = quotedTitle(tokens, j + 1, text);
    if (titledCompound) return { kind: 'media', next: titledCompound.next, mediaName: titledCompound.name };
    return { kind: 'media', next: j + 1, mediaName: tok.text };
  }
  if (cs.mediaNouns.has(tok.text) && !describedAgency && !pressArm) {
    // "die Zeitung Kommersant", "der Sender CNN"
    const after = matchMedia(tokens, j + 1, cs);
    if (after) return { kind: 'media', next: after.next, mediaName: after.name };
    // "the newspaper Valley Dispatch": a title of up to three capitalised words
    if (isCapitalised(tokens[j + 1]) && !cs.definite.has(tokens[j + 1]!.text)) {
      const e = cs.nounsCapitalised ? j + 2 : capitalisedRun(tokens, j + 2, j + 4);
      return { kind: 'media', next: e, mediaName: text.slice(tokens[j + 1]!.start, tokens[e - 1]!.end) };
    }
    // "der Zeitung „La República“": the title in quotes after the media noun is its name
    const titled = quotedTitle(tokens, j + 1, text);
    if (titled) return { kind: 'media', next: titled.next, mediaName: titled.name };
    // "the agency said": a media noun that is also a body noun goes on to the body tables; "der Kölner Zeitung":
    // an unnamed medium goes by its noun and the place adjective before it
    if (!matchOrgWord(tok.text, cs)) {
      if (!cs.nounsCapitalised) return null;
      const place = j > 0 && isPlaceAdjective(tokens, j - 1, cs) ? `${tokens[j - 1]!.text} ` : '';
      return { kind: 'media', next: j + 1, mediaName: place + tok.text };
    }
  }
  // "The Harbour Times", "the Riverside Gazette": capitalised words closed by a newspaper's title word are a medium
  const title = cs.mediaTitleTail ? newspaperTitle(tokens, j, cs) : 0;
  if (title) return { kind: 'media', next: title, mediaName: text.slice(tok.start, tokens[title - 1]!.end) };
  const name = matchName(tokens, j, text, cs);
  if (name) return { kind: 'person', next: name.next, person: name.person, personText: name.text, country: name.person?.country ?? null };
  if (!isCapitalised(tok) && cs.nounsCapitalised) return null;
  // multi-word heads first: "General Staff", "Defense Secretary", "Weiße Haus"
  const multiOrg = matchOrg(tokens, j, text, cs);
  if (multiOrg && multiOrg.next > j + 1) return { kind: 'org', next: multiOrg.next, org: multiOrg.org, orgText: multiOrg.org.named ? multiOrg.text : multiOrg.org.base, country: multiOrg.org.country ?? null };
  // English "the U.N. Office on Drugs and Crime", "the U.N. human rights office": a parent body's letters before an office
  // of its own name that office, not the parent
  if (!cs.nounsCapitalised && multiOrg && multiOrg.next === j + 1 && PARENT_BODY.test(tok.text)) {
    const e = subBodyEnd(tokens, j + 1);
    if (e > j + 1) return { kind: 'generic', next: e, generic: { noun: tokens[e - 1]!.text, name: text.slice(tok.start, tokens[e - 1]!.end), kind: multiOrg.org.kind === 'document' ? 'organisation' : multiOrg.org.kind, next: e } };
  }
  if (!cs.nounsCapitalised) {
    // "the Kenya Red Cross": a place before a body the tables know is that body's branch, not a person's name
    const branch = isCapitalised(tok) && tokens[j + 1]?.kind === 'word' ? matchOrg(tokens, j + 1, text, cs) : null;
    if (branch && branch.org && branch.next > j + 2 && !matchRole(tok.text, cs, false) && !cs.firstNames.has(tok.text) && !personOfWord(tok.text)) {
      return { kind: 'org', next: branch.next, org: branch.org, orgText: branch.org.base, country: branch.org.country ?? null };
    }
    // "the Ohio Nurses Alliance": capitalised words that end in a body noun name a body, however they begin
    const named = matchOrg(tokens, j, text, cs) ? null : properBodyAt(tokens, j, text, cs);
    // "the General Confederation of Labour": also a body noun with its of-complement after it
    if (named && named.next > j + 1 && (tokens[named.next - 1]!.text === named.noun || ofComplement(tokens, j, named))) return { kind: 'generic', next: named.next, generic: named };
  }
  const nextTok = tokens[j + 1];
  if (nextTok && nextTok.kind === 'word' && nextTok.start === tok.end + 1) {
    const role2 = cs.nounsCapitalised ? null : matchRole(`${tok.text} ${nextTok.text}`, cs, false);
    if (role2) return { kind: 'role', next: j + 2, role: role2, roleText: `${tok.text} ${nextTok.text}`, country: null };
  }
  const sp = splitPrefix(tok.text, cs);
  const role = matchRole(sp.head, cs);
  if (role) return { kind: 'role', next: j + 1, role, roleText: sp.head, country: sp.country };
  // "GdP-Sprecher", "ADAC-Sprecherin": an acronym before a spokesperson noun names the body
  const acr = tok.text.includes('-') ? ACRONYM_ROLE.exec(tok.text) : null;
  const acrRole = acr ? matchRole(acr[2]!, cs, false) : null;
  // "GdP-Sprecher", "ein WHO-Vertreter": an acronym before a spokesperson or an official names the body
  if (acrRole && (acrRole.en === 'spokesperson' || acrRole.official)) return { kind: 'role', next: j + 1, role: acrRole, roleText: tok.text, country: null };
  // "Lumora-Chef Paul Krämer", "Bahn-Chefin": a named body before a hyphen and a role noun; the role heads the phrase
  // (no hyphen, no match: the test is cheaper than the regex)
  const named = acrRole || !tok.text.includes('-') ? null : NAMED_ROLE.exec(tok.text);
  const namedRole = named ? matchRole(named[2]!, cs, false) : null;
  if (namedRole) return { kind: 'role', next: j + 1, role: namedRole, roleText: tok.text, country: null };
  // (the same match as `multiOrg` above: matchOrg depends on its arguments only)
  const whole = multiOrg;
  const org = whole ?? (sp.country ? { ...matchOrgWord(sp.head, cs)!, next: j + 1 } : null);
  // "UN-Kinderhilfswerk": a body the tables list with its prefix keeps its own country (none), not the prefix's
  if (org && org.org) return { kind: 'org', next: org.next, org: org.org, orgText: org.org.base, country: (whole && whole.text.includes('-') ? org.org.country : sp.country ?? org.org.country) ?? null };
  const anon = anonymousOf(sp.head, cs);
  if (anon) return { kind: 'anon', next: j + 1, anonEn: anon.en, anonText: sp.head, country: sp.country };
  if (!cs.nounsCapitalised) {
    // "Health Minister Jane Smith", "Interior Minister": a capitalised noun adjunct before a role noun
    // also a lower-case role after a capitalised adjunct that is no body by itself: "Union president Kim Min-su"
    const r2 = nextTok && nextTok.kind === 'word' && (isCapitalised(nextTok) || (!matchOrg(tokens, j, text, cs) && isCapitalised(tokens[j + 2]))) ? matchRole(nextTok.text, cs, false) : null;
    if (r2 && !countryOfWord(cs.countries, tok.text)) return { kind: 'role', next: j + 2, role: r2, roleText: `${tok.text} ${nextTok!.text}`, country: null };
    // "the National Disaster Management Authority", "the World Bank", "NDMA": a body the tables do not know
    const body = properBodyAt(tokens, j, text, cs);
    if (body) return { kind: 'generic', next: body.next, generic: body };
  }
  // a country or capital as actor: "Kiew meldet", "die Ukraine teilte mit"; not a demonym ("Russen") or possessive
  // "der Fahrgastverband Pro Bahn", "die Gemeinde": a body noun the tables do not list, after an article
  if (cs.nounsCapitalised && hasDeterminer) {
    const inst = institutionAt(tokens, j, text, cs);
    if (inst && inst.name !== inst.noun) return { kind: 'generic', next: inst.next, generic: { ...inst, name: inst.name } };
  }
  const c = cs.countries.actors.get(tok.text);
  if (c) return { kind: 'country', next: j + 1, country: c };
  return null;
}

interface Parts {
  country: string | null;
  org: OrganisationEntry | null;
  orgText: string | null;
  person: PersonEntry | null;
  personText: string | null;
  role: RoleEntry | null;
  roleText: string | null;
  indefinite: boolean;
  definite: boolean;
  /** a body the tables do not know, named by an institution noun ("des Unternehmens Siemens", "Gewerkschaftssprecher") */
  generic: Institution | null;
  text: string;
}

/**
 * The name of a known body that speaks itself. Qualified by a country the text gives it ("das südkoreanische
 * Verteidigungsministerium"), it gets the English canonical form with the country ("South Korean Ministry of
 * Defence"), which keys it across languages. Otherwise it keeps the name the article's language gives it ("die
 * Polizei", "die EU-Kommission", "die Vereinten Nationen" -> Polizei, EU-Kommission, Vereinte Nationen), the name
 * its readers look for; a table name that is only an acronym ("IOM", "THW") gives way to the spelled-out canonical
 * name. A spokesperson's body is named the same way ("Ein Polizeisprecher" -> Polizei), so that a later "die Polizei"
 * that refers back to it keeps one name; the ledger keys either form under the tables' English canonical name.
 */
function knownBodyName(o: { en: string; base: string; country?: string | null }, adj: string | null): string {
  if (adj && !o.country) return `${adj} ${o.en}`;
  return /\p{Ll}/u.test(o.base) ? o.base : o.en;
}

function buildSource(head: Head, p: Parts): ClaimSource {
  const adj = countryAdjectiveEn(p.country);
  let kind: SourceKind;
  let name: string | null = null;
  if (head.kind === 'media') {
    kind = 'media';
    // "italienische Medien", "Italian media": media named by their country only
    name = head.mediaName === 'media' && adj ? `${adj} media` : head.mediaName ?? null;
  } else if (p.person || ((head.kind === 'role' || head.kind === 'person') && p.personText)) {
    kind = 'person';
    name = p.person ? p.person.name : p.personText;
    if (!p.country && p.person) p.country = p.person.country;
  } else if (head.kind === 'role' && (p.role!.en === 'spokesperson' || p.role!.en === 'expert') && (p.org || p.generic)) {
    // an unnamed spokesperson speaks on the record for a body, unnamed analysts of a firm for the firm: the body is the source
    if (p.org) {
      kind = p.org.kind === 'document' ? 'organisation' : p.org.kind;
      name = knownBodyName(p.org, adj);
      if (!p.country && p.org.country) p.country = p.org.country;
    } else {
      kind = p.generic!.kind;
      name = p.generic!.name;
    }
  } else if (head.kind === 'role') {
    const r = p.role!;
    if ((p.definite && !r.official) || r.private) {
      kind = 'person';
      name = null;
    } else {
      kind = 'anonymous_official';
      // a member of the state apparatus (military, ministry) is an official; of a collegial body (crisis team) a member
      const en = r.en === 'member' && !(p.org?.members) ? 'official' : r.en;
      const orgEn = p.org && (en === 'official' || en === 'spokesperson' || en === 'staff member' || en === 'member') ? `${p.org.en.toLowerCase() === 'military' ? 'military' : p.org.en} ` : '';
      name = `${adj ? adj + ' ' : ''}${orgEn}${en} (anonymous)`;
    }
  } else if (head.kind === 'anon') {
    kind = 'anonymous_official';
    // "aus Regierungskreisen": a circle goes by its own word in the nominative ("Regierungskreise (anonymous)")
    name = head.anonEn ? `${adj ? adj + ' ' : ''}${head.anonEn} (anonymous)` : `${(head.anonText ?? '').replace(/(?<=kreise)n$/u, '')} (anonymous)`;
  } else if (head.kind === 'org' && p.generic && p.org?.kind === 'document') {
    // "eine Erklärung des Bündnisses Seebrücke": the issuer of the document
    kind = p.generic.kind;
    name = p.generic.name;
  } else if (head.kind === 'generic') {
    kind = p.generic!.kind;
    name = p.generic!.name;
    // "the Nigerian Correctional Service", "the Swedish Transport Agency": a country's service or agency is the state's
    if (kind === 'organisation' && p.country && COUNTRY_STATE_BODY.test(p.generic!.noun)) kind = 'government';
    // a capitalised country adjective right before a capitalised name is part of it: "Swedish Transport Agency"
    const at = p.text.lastIndexOf(name);
    const lead = p.country && at > 0 && /^\p{Lu}/u.test(name) ? /(?<![\p{L}'’])(\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i|ic|ch))\s$/u.exec(p.text.slice(0, at)) : null;
    if (lead) name = `${lead[1]} ${name}`;
  } else if (head.kind === 'org') {
    const o = p.org!;
    kind = o.kind;
    if (o.kind === 'document') name = null;
    else if (o.named && p.orgText) name = p.orgText;
    else name = knownBodyName(o, adj);
    if (!p.country && o.country) p.country = o.country;
  } else {
    kind = 'government';
    name = `${adj ?? p.country} government`;
  }
  return {
    kind,
    text: p.text,
    name,
    role: p.roleText ?? (p.role ? p.role.base : null),
    organisation: p.orgText ?? (p.org ? p.org.base : null),
    country: p.country,
  };
}

function mention(start: number, end: number, next: number, source: ClaimSource, definite: boolean, pronoun: boolean, roleBase: string | null, official: boolean): Mention {
  return { start, end, next, source, definite, pronoun, roleBase, official };
}

/** A source for a country adjective alone ("nach ukrainischen Angaben", "US-Schätzungen"): its government. */
export function governmentSource(country: string, text: string): ClaimSource {
  return { kind: 'government', text, name: `${countryAdjectiveEn(country)} government`, role: null, organisation: null, country };
}

export const UNATTRIBUTED: ClaimSource = Object.freeze({ kind: 'unattributed', text: null, name: null, role: null, organisation: null, country: null }) as ClaimSource;

export { compileSources };

/**
 * A speaker phrase the tables do not know, where the frame leaves no doubt that a speaker stands here
 * ("nach Angaben der Gemeinde", "…“, sagte Engel.", "sagte die Ärztin Maria Lenz"): an optional article,
 * adjectives, a capitalised noun and up to two capitalised name words. With a name it is a person; a bare noun
 * is an organisation when it looks like one (Gemeinde, Landratsamt, Verband), else a person with that role.
 */
export function genericSpeaker(tokens: Token[], i: number, text: string, tables: ClaimTables): Mention | null {
  const cs = compileSources(tables);
  let j = i;
  const t0 = tokens[j];
  if (!t0 || t0.kind !== 'word') return null;
  // "nannte aber keine Summe": a phrase under a negative determiner names no one
  if (cs.negations.has(lowerOf(t0))) return null;
  const article = articleOf(t0, cs);
  const definite = article === DEFINITE;
  if (article !== 0) j = skipExtendedAttribute(tokens, j + 1, cs);
  let country: string | null = null;
  while (isAdjective(tokens[j], cs)) {
    country ??= countryOfWord(cs.countries, tokens[j]!.text);
    j++;
  }
  // "die Kieler Stadträtin Jana Holm": a city adjective in -er before a role noun and a full name
  // "des Osloer Friedensinstituts Prio": also before a body noun
  if (j > i && cs.nounsCapitalised && /^\p{Lu}\p{Ll}+er$/u.test(tokens[j]?.text ?? '') && !cs.firstNames.has(tokens[j + 1]?.text ?? '') && isCapitalised(tokens[j + 1])
    && ((ROLE_ENDING.test(tokens[j + 1]!.text) && isCapitalised(tokens[j + 2]) && isCapitalised(tokens[j + 3])) || (!institutionNoun(tokens[j]!.text) && institutionNoun(tokens[j + 1]!.text)))) j++;
  // "die Such- und Rettungsbehörde": a truncated first part coordinated with the head noun
  if (isCapitalised(tokens[j]) && tokens[j + 1]?.text === '-' && tokens[j + 1]!.start === tokens[j]!.end
    && /^(?:und|oder|and|or)$/u.test(tokens[j + 2]?.text ?? '') && isCapitalised(tokens[j + 3])) j += 3;
  const noun = tokens[j];
  if (!noun || noun.kind !== 'word' || !isCapitalised(noun)) return null;
  if (cs.pronouns.has(noun.text)) return null;
  let k = j + 1;
  const names: Token[] = [];
  // a name after a role noun, or the noun itself is the (sur)name when nothing precedes it
  // a body's proper name may run to three words ("die Beratungsfirma Nordsee Risk Analytics"), a person's to two
  const maxNames = institutionNoun(noun.text) ? 3 : 2;
  while (names.length < maxNames && isCapitalised(tokens[k]) && tokens[k]!.start - tokens[k - 1]!.end === 1) names.push(tokens[k++]!);
  // "Anis al-Hakim", "Omar bin Salman": particles continue the name
  for (const end = nameParticles(tokens, k); k < end;) names.push(tokens[k++]!);
  let byGenitive = false;
  // "der Bund der Steuerzahler", "der Verband der Chemischen Industrie": a generic body head named by its genitive
  // "der Zentralverband des Deutschen Baugewerbes": a country adjective before a noun is part of the members' name;
  // a country on its own ("der Verband der Ukraine") is not
  const genitiveCountry = !!countryOfWord(cs.countries, tokens[k + 1]?.text ?? '') && !(PROPER_ADJECTIVE.test(tokens[k + 1]!.text) && isCapitalised(tokens[k + 2]) && !countryOfWord(cs.countries, tokens[k + 2]!.text));
  if (!names.length && NAMED_BY_GENITIVE.test(noun.text) && institutionNoun(noun.text) && /^(?:der|des)$/u.test(tokens[k]?.text ?? '') && isCapitalised(tokens[k + 1]) && !genitiveCountry) {
    const e = capitalisedRun(tokens, k + 1, k + 3);
    for (let n = k; n < e; n++) names.push(tokens[n]!);
    k = e;
    byGenitive = true;
  }
  // "nach Angaben von Anwohnern und Helfern": coordinated bare nouns are one speaker phrase
  const coordinated = !names.length && /^(?:und|and|sowie)$/u.test(tokens[k]?.text ?? '') && isCapitalised(tokens[k + 1]) && !personOfWord(tokens[k + 1]!.text);
  if (coordinated) k += 2;
  // "die Koordinatorin für Asien, Mara Lind,": a person noun with an optional complement and an appositive full name
  let apposed: { person: PersonEntry | null; text: string; roleEnd: number } | null = null;
  if (!names.length && !coordinated && j > i && !institutionNoun(noun.text) && PERSON_NOUN.test(noun.text)) {
    const c = roleComplement(tokens, k, cs);
    const n = commaName(tokens, c, cs);
    if (n) {
      apposed = { person: n.person, text: n.text, roleEnd: tokens[c - 1]!.end };
      k = n.next;
    }
  }
  const start = t0.start;
  const end = tokens[k - 1]!.end;
  const phrase = text.slice(start, end);
  let source: ClaimSource;
  let tailOfBody = false;
  let inst = institutionNoun(noun.text);
  // "Landrat Jens Harlinger", "der Stadtrat Kühn": a council noun before a name is the office of a person
  const office = !!inst && names.length > 0 && /rat$/u.test(inst);
  if (office) inst = null;
  if (inst && (j > i || names.length)) {
    // "des Bündnisses Seebrücke", "der Gemeinde", "laut Mieterverein Talheim": an institution, named or not;
    // "der Deutschen Bahn": a capitalised adjective is part of the name, in its nominative form
    const lead = properAdjectives(tokens, article !== 0 ? i + 1 : i, j, inst);
    const name = names.length ? bodyName(inst, names.map((n) => n.text).join(' ')) : lead ? `${lead} ${inst}` : inst;
    // an association named by its members ("Bund der Steuerzahler") is no federal body
    source = { kind: byGenitive ? 'organisation' : stateAdjective(tokens, i, j) ? 'government' : institutionKind(inst), text: phrase, name, role: null, organisation: name, country };
  } else if (names.length && (cs.nounsCapitalised ? germanBodyName(noun, names, cs) : EN_BODY.test(names[names.length - 1]!.text) || EN_COMPANY_TAIL.test(names[names.length - 1]!.text))) {
    // "its Athens-based manager Kalliston Maritime": capitalised words ending in a company or body word name a body,
    // not a person with a capitalised role
    const name = text.slice(noun.start, names[names.length - 1]!.end);
    source = { kind: institutionKind(names[names.length - 1]!.text), text: phrase, name, role: null, organisation: name, country };
  } else if (names.length && bodyCompound(names[names.length - 1]!.text)) {
    // "dem Robert Koch-Institut", "der Fraunhofer Institut": a name ending in a body noun is the body's name
    const name = text.slice(noun.start, names[names.length - 1]!.end).replace(/(?<=(?:Institut|Zentrum|Klinikum|Verband|Verein))e?s$/u, '');
    source = { kind: institutionKind(names[names.length - 1]!.text), text: phrase, name, role: null, organisation: name, country };
  } else if (apposed) {
    source = { kind: 'person', text: phrase, name: apposed.person ? apposed.person.name : apposed.text, role: text.slice(noun.start, apposed.roleEnd), organisation: null, country: country ?? apposed.person?.country ?? null };
  } else if (coordinated) {
    // several people named by what they are: speakers, but no one name
    source = { kind: 'person', text: phrase, name: null, role: phrase, organisation: null, country };
  } else if (names.length && j > i && cs.nounsCapitalised && (PROPER_ADJECTIVE.test(noun.text) || (j > i + 1 && isCapitalised(tokens[j - 1]) && !/er$/u.test(tokens[j - 1]!.text)))
    && !matchRole(noun.text, cs) && !cs.firstNames.has(names[0]!.text)) {
    // "des Hessischen Städtetags", "Die Kassenärztlichen Vereinigungen", "Der Afghanische Rote Halbmond": a capitalised
    // adjective after an article opens the proper name of a body; a person's name never starts with an adjective
    const words = names.map((n) => n.text);
    if (/^des$/iu.test(t0.text)) words[words.length - 1] = words[words.length - 1]!.replace(/(?<=\p{Ll}{3})e?s$/u, '');
    let a = j;
    while (a > i + 1 && isCapitalised(tokens[a - 1])) a--;
    const name = `${properAdjectives(tokens, a, j + 1, words[words.length - 1])} ${words.join(' ')}`;
    source = { kind: institutionKind(words[words.length - 1]!), text: phrase, name, role: null, organisation: name, country };
  } else if (names.length && j > i && cs.nounsCapitalised && ACRONYM_HEAD.test(noun.text) && !matchRole(noun.text, cs) && !cs.firstNames.has(names[0]!.text)) {
    // "die AOK Nordwest", "der DGB Bayern": an acronym after an article is a body, the word after it its branch
    const name = `${noun.text} ${names.map((n) => n.text).join(' ')}`;
    source = { kind: 'organisation', text: phrase, name, role: null, organisation: name, country };
  } else if (names.length && cs.nounsCapitalised && ACRONYM_HEAD.test(names[0]!.text) && !cs.firstNames.has(names[0]!.text)) {
    // "die Konzerntochter DB InfraGO", "der Versicherer HDI Global": a name that opens with an acronym is a body's,
    // never a person's, whatever the noun before it is
    const name = names.map((n) => n.text).join(' ');
    source = { kind: 'organisation', text: phrase, name, role: null, organisation: name, country };
  } else if (names.length) {
    // without an article the noun is the first name itself ("Anis al-Hakim"), unless it is a role ("Oberst Musa")
    // "sagte Oberstaatsanwältin Sabine Ahlborn": a noun with a role ending before first name and surname is a role
    const roleNoun = names.length >= 2 && noun.text.length >= 7 && ROLE_ENDING.test(noun.text) && !cs.firstNames.has(noun.text);
    const bare = j === i && !matchRole(noun.text, cs) && !office && !roleNoun;
    const nameText = (bare ? [noun, ...names] : names).map((n) => n.text).join(' ');
    const p = personOfWord(names[names.length - 1]!.text);
    source = { kind: 'person', text: phrase, name: p ? p.name : nameText, role: bare ? null : noun.text, organisation: null, country: country ?? p?.country ?? null };
  } else if (j === i && DOCUMENT_NOUN.test(noun.text)) {
    // "laut Passagierliste", "laut Polizeibericht": a document without its issuer
    // "laut Ausländerzentralregister": a register is a standing record with a name of its own, a list or report is not
    // "laut Anklage": the indictment of the trial reported on, a document as its readers know it
    const register = /register$|^Anklage/u.test(noun.text.replace(/s$/u, ''));
    source = { kind: 'document', text: phrase, name: register ? noun.text.replace(/s$/u, '') : null, role: null, organisation: null, country };
  } else if (j === i) {
    // a bare capitalised word: a surname ("sagte Engel") or an organisation name ("teilte Frontex mit")
    const p = personOfWord(noun.text);
    const orgLike = ORG_SUFFIX.test(noun.text) || /^[\p{Lu}\d]{2,}$/u.test(noun.text);
    source = orgLike
      ? { kind: institutionKind(noun.text), text: phrase, name: noun.text, role: null, organisation: noun.text, country }
      : { kind: 'person', text: phrase, name: p ? p.name : noun.text, role: null, organisation: null, country: country ?? p?.country ?? null };
  } else {
    // "nach Angaben der Lufthansa": after an article, a capitalised word that no table knows and that does not
    // read as a noun of a person (Anwohner, Klinikdirektor, Zeugen) names a body
    // "Die Kasse rechnet mit …" after "aus der Tierseuchenkasse": a bare definite noun that ended a compound named before
    // is that body (a noun of persons, "der Fahrer" after "Busfahrer", is no body)
    const compound = definite && j === i + 1 && !ORG_SUFFIX.test(noun.text) && !PERSON_TAIL.test(noun.text) && !matchRole(noun.text, cs) ? earlierCompound(text, t0.start, noun.text) : null;
    const orgLike = !!compound || ORG_SUFFIX.test(noun.text) || (!matchRole(noun.text, cs) && !PERSON_NOUN.test(noun.text) && !anonymousOf(noun.text, cs));
    // "teilte die Mission mit" after "die Beobachtermission der OSZE": a bare definite body noun may be the tail of a body named before
    tailOfBody = orgLike && definite && j === i + 1 && !compound;
    source = orgLike
      ? { kind: institutionKind(compound ?? noun.text), text: phrase, name: compound ?? noun.text, role: null, organisation: compound ?? noun.text, country }
      // "sagte ein Händler", "ein Krankenpfleger berichtete": an unnamed private person goes by what they are
      : { kind: 'person', text: phrase, name: cs.indefinite.has(lowerOf(t0)) ? noun.text : null, role: noun.text, organisation: null, country };
  }
  const m: Mention = { start, end, next: k, source, definite: definite && !names.length && !apposed && source.kind === 'person', pronoun: false, roleBase: source.kind === 'person' ? noun.text : null, official: false };
  // "schätzte der Verband": a definite bare body noun may mean the body named before ("der Fahrgastverband Pro Bahn")
  if ((definite && inst && j > i && !names.length && !coordinated) || tailOfBody) m.anaphoricOrg = true;
  if (inst && source.kind !== 'person') m.institution = true;
  if (apposed) m.apposition = true;
  return m;
}

/**
 * "Nordhafen Logistik GmbH", "Sahelor Mining", "die Athletics Integrity Unit": in German text a name of capitalised
 * words that ends in a legal form or a trade or body word of the table is a body's; a given name first keeps a person
 * ("Anna Bank").
 */
function germanBodyName(noun: Token, names: Token[], cs: CompiledSources): boolean {
  return !!cs.bodyNameTail && cs.bodyNameTail.test(names[names.length - 1]!.text) && !cs.firstNames.has(noun.text) && !cs.firstNames.has(names[0]!.text);
}

/** the letters of a body with offices of its own (the U.N., the EU) */
const PARENT_BODY = /^(?:U\.N\.|UN|EU|E\.U\.)$/u;
/** the head noun of an office in English */
const OFFICE_NOUN = /^(?:office|agency|commission|council|programme|program|fund|mission|department|court|panel|committee|envoy)$/iu;

/**
 * After a parent body's letters: lower-case words ending in an office noun ("human rights office"), or a capitalised
 * office noun with its complement ("Office on Drugs and Crime", "Development Programme"). The index after it, or k.
 */
function subBodyEnd(tokens: Token[], k: number): number {
  let e = k;
  while (e < k + 3 && tokens[e] && /^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[e]!.text) && !OFFICE_NOUN.test(tokens[e]!.text)) e++;
  if (e > k && tokens[e] && /^\p{Ll}/u.test(tokens[e]!.text) && OFFICE_NOUN.test(tokens[e]!.text)) return e + 1;
  // capitalised: words up to an office noun, then "on|of|for" and capitalised words joined by "and"
  e = k;
  while (e < k + 3 && isCapitalised(tokens[e]) && !OFFICE_NOUN.test(tokens[e]!.text)) e++;
  if (!isCapitalised(tokens[e]) || !OFFICE_NOUN.test(tokens[e]!.text)) return k;
  e++;
  if (/^(?:on|of|for)$/u.test(tokens[e]?.text ?? '') && isCapitalised(tokens[e + 1])) {
    e += 2;
    while (isCapitalised(tokens[e]) || (/^(?:and|&)$/u.test(tokens[e]?.text ?? '') && isCapitalised(tokens[e + 1]))) e++;
  }
  return e;
}

/** an acronym of capitals (AOK, DGB, THW), at least two letters */
const ACRONYM_HEAD = /^\p{Lu}{2,6}$/u;

/** Endings of nouns that name persons (Fahrer, Ärztin, Patient, Polizist, Zeuge, Experte): never a body's tail. */
const PERSON_TAIL = /(?:er|ern|in|innen|ent|enten|ant|anten|ist|isten|ge|gen|te|ten)$/u;

/**
 * The last capitalised compound before `before` (within 3,000 characters) that ends in `noun` ("Tierseuchenkasse" for
 * "Kasse"), in its base form (a genitive s removed), or null.
 */
function earlierCompound(text: string, before: number, noun: string): string | null {
  const lower = noun.toLowerCase();
  const floor = Math.max(0, before - 3000);
  for (let at = text.lastIndexOf(lower, before - 1); at > floor; at = text.lastIndexOf(lower, at - 1)) {
    const m = /\p{Lu}\p{Ll}+$/u.exec(text.slice(Math.max(floor, at - 30), at));
    if (!m || /\p{L}/u.test(text[at + lower.length] ?? '') && !/^(?:s|n)(?!\p{L})/u.test(text.slice(at + lower.length, at + lower.length + 2))) continue;
    if (!m[0] || m[0].length < 3) continue;
    return m[0] + lower;
  }
  return null;
}

/**
 * "Augenzeugen berichteten", "Anwohner sagten": a bare plural noun of persons (no article, no name) opening a clause
 * right before a plural verb of saying. The group speaks; it goes by its noun.
 */
export function barePluralSpeakers(tokens: Token[], i: number, text: string, tables: ClaimTables): Mention | null {
  const cs = compileSources(tables);
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !cs.nounsCapitalised || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.text) || !PLURAL_PERSONS.test(lowerOf(t))) return null;
  if (cs.pronouns.has(t.text) || cs.definite.has(lowerOf(t)) || NOT_NAMES.has(t.text) || institutionNoun(t.text) || cs.mediaNouns.has(t.text)) return null;
  const source: ClaimSource = { kind: 'person', text: text.slice(t.start, t.end), name: t.text, role: t.text, organisation: null, country: null };
  return mention(t.start, t.end, i + 1, source, false, false, null, false);
}

/** Plural nouns of persons: Augenzeugen, Anwohner, Ärzte, Helfer, Rettungskräfte, Ärztinnen, Fachleute. */
const PLURAL_PERSONS = /(?:zeugen|er|innen|kräfte|leute|ärzte|experten|beobachter|ten|anten|enten|isten)$/u;

/** Body heads that take their name from a genitive: "Bund der Steuerzahler", "Verband der Automobilindustrie". */
const NAMED_BY_GENITIVE = /^(?:Bund(?:e?s)?|(?:Bundes|Landes|Zentral|Gesamt)?[Vv]erband(?:e?s)?|Verein(?:e?s)?|Kammer|Zentralrat(?:e?s)?)$/u;

/** A word that names a body by its last part: "Koch-Institut", "Institut", "Stiftung" (not a surname). */
function bodyCompound(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return /^(?:Institut|Instituts|Stiftung|Zentrum|Zentrums|Klinikum|Klinikums|Verband|Verbands|Verein|Vereins|Gesellschaft|Gruppe|Group|Holding|Universität|Institute|Foundation|Center|Centre|Agency|Council|Association)$/u.test(last);
}

/** Compounds naming a document: Passagierliste, Polizeibericht, Einsatzprotokoll, Kriminalstatistik. */
const DOCUMENT_NOUN = /^\p{Lu}\p{Ll}*(?:liste|listen|register|registers|bericht|berichts|protokoll|protokolls|statistik|akte|akten|unterlagen|dokumenten?)$|^Anklage(?:schrift)?$/u;

/** Endings of nouns of people (German and English): Anwohner, Direktorin, Experten, Zeugen, Analyst, Historian. */
const PERSON_NOUN = /(?:er|ern|ers|erin|erinnen|in|innen|or|ors|ent|enten|ents|ant|anten|ants|ist|isten|ists|ian|ians|e|en|leute|mann|männer|frau|frauen|ffizielle[nr]?)$/u;

/** Capitalised adjectives that open a body's proper name: Hessischen, Kassenärztliche, Europäischen, Deutsche, Nationalen. */
const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}*(?:isch|sch|lich|ig|al|ell|iv|är)(?:e|en|er|es|em)$/u;

/** Endings of role nouns (Staatsanwältin, Richter, Präsident, Kommissar) that may stand before a name without an article. */
const ROLE_ENDING = /(?:in|ent|ant|ist|eur|or|at|walt|ter|ler|ner|rer|sar|chef)$/u;

/**
 * Capitalised adjectives before a body noun ("der Deutschen Bahn"), in the nominative ("Deutsche"), or null. A body's
 * name stands without its article, so before a noun of known gender the adjective takes the strong ending: "das
 * Auswärtige Amt" is "Auswärtiges Amt", "dem Deutschen Mieterbund" is "Deutscher Mieterbund".
 */
function properAdjectives(tokens: Token[], from: number, to: number, noun = ''): string | null {
  const words: string[] = [];
  const strong = MASCULINE_BODY.test(noun) ? 'er' : NEUTER_BODY.test(noun) ? 'es' : null;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (!isCapitalised(tokens[k])) return null;
    words.push(strong ? w.replace(ADJECTIVE_ENDING, strong) : w.replace(/(?<=(?:isch|sch|ch|ig|lich|al|ell|iv))en$/u, 'e'));
  }
  return words.length ? words.join(' ') : null;
}

/** The inflection of an adjective of a body's name: Deutsch|en, Auswärtig|e, Hessisch|er. */
const ADJECTIVE_ENDING = /(?<=(?:isch|sch|ch|ig|lich|al|ell|iv|är))e[nmrs]?$/u;
/** Body nouns of one gender (Mieterbund, Landesverband, Wetterdienst; Landesamt, Hilfswerk, Institut). */
const MASCULINE_BODY = /(?:bund|verband|verein|dienst|konzern|rat|gerichtshof|ausschuss|senat|betrieb)$/iu;
const NEUTER_BODY = /(?:amt|werk|institut|ministerium|zentrum|gericht|büro|kommando|präsidium|klinikum|komitee|kommissariat|bündnis)$/iu;

/** Unknown proper words (one to three) right after a body type noun, ended by a lower-case word or punctuation: the index after them, or k. */
function properAfterType(tokens: Token[], k: number, cs: CompiledSources): number {
  // up to three such words ("Frontera Viva", "Mare Solidale"), then no further capitalised word
  let e = k;
  while (e < k + 3 && properWord(tokens, e, cs)) e++;
  const n = tokens[e];
  return e > k && (!n || n.kind !== 'word' || isLowerWord(n)) ? e : k;
}

/** The index after a newspaper title at j (one or two capitalised words, then a title word), or 0. */
function newspaperTitle(tokens: Token[], j: number, cs: CompiledSources): number {
  if (cs.firstNames.has(tokens[j]!.text)) return 0;
  for (let e = j + 1; e <= j + 2; e++) {
    const t = tokens[e];
    if (!isCapitalised(t) || t!.start - tokens[e - 1]!.end !== 1 || !isCapitalised(tokens[e - 1])) return 0;
    if (cs.mediaTitleTail!.test(t!.text) && !isCapitalised(tokens[e + 1])) return e + 1;
  }
  return 0;
}

/**
 * English "credit research firm Tokyo …": up to three adjacent lower-case words, then a generic body noun with a
 * capitalised word right after it; the index of that noun, or j.
 */
function modifiedTypeNoun(tokens: Token[], j: number, text: string, cs: CompiledSources): number {
  for (let e = j + 1; e <= j + 3; e++) {
    const t = tokens[e];
    // the first word may be capitalised as the sentence's first ("Credit research firm …")
    if (!isLowerWord(t) || t!.start - tokens[e - 1]!.end !== 1 || (e - 1 > j && !isLowerWord(tokens[e - 1]))) return j;
    const o = matchOrgWord(t!.text, cs);
    if (o && GENERIC_ORG_EN.has(o.org.en) && isCapitalised(tokens[e + 1]) && tokens[e + 1]!.start - t!.end === 1) return e;
  }
  return j;
}

/**
 * English "firm Tokyo Shoko Research", "consultancy SBM Intelligence": after a type noun, two to four adjacent
 * capitalised words are one name even when one of them alone would be a place or a body word (Tokyo, Intelligence);
 * the index after them, or k.
 */
function englishNameRun(tokens: Token[], k: number, cs: CompiledSources): number {
  let e = k;
  while (e < k + 4 && isCapitalised(tokens[e]) && tokens[e]!.start - tokens[e - 1]!.end === 1 && !NOT_NAMES.has(tokens[e]!.text)
    && !matchRole(tokens[e]!.text, cs) && !cs.definite.has(tokens[e]!.text.toLowerCase()) && !cs.mediaNouns.has(tokens[e]!.text)) e++;
  const n = tokens[e];
  return e - k >= 2 && (!n || n.kind !== 'word' || isLowerWord(n)) ? e : k;
}

function properWord(tokens: Token[], k: number, cs: CompiledSources): boolean {
  const t = tokens[k];
  if (!isCapitalised(t) || t!.start - tokens[k - 1]!.end !== 1) return false;
  const w = t!.text;
  if (NOT_NAMES.has(w) || matchRole(w, cs) || matchOrgWord(w, cs) || countryOfWord(cs.countries, w) || cs.placeNouns.has(w) || cs.mediaNouns.has(w)) return false;
  return !(/(?:ung|ungen|heit|keit|schaft|tion|tionen)$/u.test(w) || cs.definite.has(w.toLowerCase()));
}

/**
 * English ", the Shwe Lin Foundation," / ", Athens-based Kestrel Maritime," after a type noun at the comma k: the proper
 * name of the body (capitalised words, a place participle before them) closed by a second comma; the phrase ends
 * before that comma.
 */
function appositiveBody(tokens: Token[], k: number, text: string, cs: CompiledSources): { name: string; next: number; org?: OrganisationEntry } | null {
  let a = k + 1;
  if (cs.definite.has(tokens[a]?.text.toLowerCase() ?? '')) a++;
  if (PLACE_PARTICIPLE.test(tokens[a]?.text ?? '')) a++;
  const t = tokens[a];
  if (!t || !isCapitalised(t) || matchRole(t.text, cs) || cs.firstNames.has(t.text)) return null;
  const known = matchOrg(tokens, a, text, cs);
  if (known?.org && known.org.kind !== 'document' && tokens[known.next]?.text === ',') return { name: known.org.base, next: known.next, org: known.org };
  const body = properBodyAt(tokens, a, text, cs);
  const e = body ? body.next : properAfterType(tokens, a, cs);
  if (e <= a || tokens[e]?.text !== ',' || unknownName(tokens, a, cs)?.person) return null;
  return { name: text.slice(t.start, tokens[e - 1]!.end), next: e };
}

/** English names of generic body nouns in the tables, which a proper name may follow. */
const GENERIC_ORG_EN = new Set(['organisation', 'institute', 'group', 'union', 'authority', 'regulator', 'service', 'press office']);

/** Adjectives that make a body the state's own: "das nationale Katastrophenschutzinstitut", "die staatliche Agentur". */
const STATE_ADJECTIVE = /^(?:national|staatlich|amtlich|bundeseigen|staatseigen|state-run|government-run)(?:e|en|er|es|em)?$/u;

/** A state adjective among the words tokens[from, to) before a body noun. */
function stateAdjective(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (STATE_ADJECTIVE.test(tokens[k]!.text)) return true;
  return false;
}

/** Public bodies (an office, a municipality, the fire brigade, a court) speak for the state: government. */
const STATE_SUFFIX = /(?:landtag|bundestag|(?<!land)kreistag|amt|ämter|katastrophenschutz|zivilschutz|bundeskanzlei|staatskanzlei|senatskanzlei|präfektur|landesbetrieb|direktion|wahlleitung|behörde|gemeinde|stadt|kreis|ministerium|ministeriums|polizei|feuerwehr|wehr|wache|gericht|verwaltung|präsidium|staatsanwaltschaft|regierung|rat|council|ministry|authority|department|court|police|office|district|county|municipality|prefecture)$/iu;

/**
 * "die Bundesagentur für Arbeit", "das Bundesinstitut für Berufsbildung", "die Landesanstalt für Umwelt": a federal or
 * state agency, institute or institution is public; a "Bundesverband" or "Landesverband" is an association.
 */
const PUBLIC_OFFICE = /^(?:Bundes|Landes)\p{Ll}*(?:agentur|anstalt|institut|instituts|zentrale|bank|netzagentur)$/u;

function institutionKind(noun: string): SourceKind {
  // "der Bund" alone is the federal state; "der Rettungsbund" is an association
  return STATE_SUFFIX.test(pluralBody(noun) ?? noun) || /^Bund(?:es)?$/u.test(noun) || PUBLIC_OFFICE.test(noun) ? 'government' : 'organisation';
}

/**
 * Nouns that only say what kind of body the proper name after them is ("das Unternehmen Siemens", "die Gewerkschaft
 * Verdi"): the proper name alone names it. A compound with a body head ("der Rettungsbund Oberhain", "die Feuerwehr
 * Wendelsbach") is part of the name, so the name keeps it.
 */
const BARE_BODY = /^(?:\p{Lu}\p{Ll}*(?:versorger|anbieter|hersteller|versicherer|betreiber|finanzierer|zulieferer|dienstleister|discounter|auskunftei|bauer)|Unternehmen|Firma|Konzern|Bündnis|Verband|Verein|Organisation|Gewerkschaft|Partei|Stiftung|Institut|Gruppe|Gesellschaft|Initiative|Netzwerk|Agentur|Betreiber|Veranstalter|Versorger|Netzbetreiber|Anbieter|Hersteller|Versicherer|Dienstleister|Stadt|Gemeinde|Kreis|Landkreis|company|group|union|organisation|organization|foundation|institute|agency)$/u;

function bodyName(noun: string, proper: string): string {
  return BARE_BODY.test(noun) ? proper : `${noun} ${proper}`;
}

/** Nouns of institutions (German and English endings): Gemeinde, Landratsamt, Verband, Bündnis, Agency, Council. */
const ORG_SUFFIX = /(?:städtetag|landkreistag|gemeindetag|kreistag|landtag|bundestag|amt|ämter|initiative|präfektur|betrieb|betriebe|büro|rettung|zentrale|stelle|firma|direktion|leitung|organisatoren|veranstaltern|behörde|verwaltung|präsidium|staatsanwaltschaft|regierung|wacht|verband|verein|bund|hilfe|werk|kammer|gruppe|gruppierung|miliz|allianz|caritas|diakonie|bündnis|bündnisses|gemeinde|stadt|kreis|partei|fraktion|gewerkschaft|konzern|unternehmen|gesellschaft|rat|gericht|kommission|institut|organisation|ministerium|ministeriums|zentrum|dienst|dienste|wehr|feuerwehr|polizei|klinik|klinikum|krankenhaus|spital|agentur|stiftung|betreiber|veranstalter|versorger|anbieter|hersteller|versicherer|reederei|fluggesellschaft|bahn|wache|werke|universität|hochschule|katastrophenschutz|zivilschutz|agency|council|office|department|service|company|group|union|court|ministry|authority|commission|organization|organisation|institute|foundation|hospital|university)$/iu;

/**
 * German nouns of a trade or business that name a firm, not a person, when a proper name follows them ("die
 * Wirtschaftsauskunftei Kreditwacht", "des Baufinanzierers Zinskontor", "die Molkerei Brandhof"): a -bauer only as a
 * maker of things ("der Autobauer"; "der Bauer Lutz" is a farmer).
 */
const TRADE_SUFFIX = /(?:auskunftei|molkerei|brauerei|druckerei|kanzlei|reederei|finanzierer|zulieferer|dienstleister|discounter|genossenschaft|holding|(?<!menschen)kette|(?:auto|flugzeug|maschinen|anlagen|schiff|waggon|fahrzeug)bauer)$/iu;

/** A body named by an institution noun that no table lists: its noun, the name it goes by, its kind. */
export interface Institution {
  noun: string;
  name: string;
  kind: SourceKind;
  next: number;
}

const NOT_NAMES = new Set(['Hunderte', 'Tausende', 'Dutzende', 'Zehntausende', 'Hunderttausende', 'Millionen', 'Menschen', 'Bürger']);

/**
 * "des Unternehmens Siemens", "des Bündnisses „Seebrücke“", "der Stadt", "for the company": an institution noun at
 * token i and the proper name after it. The name (if any) is the source's name, else the noun.
 */
function institutionAt(tokens: Token[], i: number, text: string, cs: CompiledSources): Institution | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (cs.nounsCapitalised && !isCapitalised(t)) return null;
  const noun = institutionNoun(t.text);
  if (!noun || matchRole(t.text, cs) || cs.mediaNouns.has(t.text)) return null;
  // "der Landrat Jens Harlinger": a council noun before a name is a person's office, not a body
  if (/rat$/u.test(noun) && isCapitalised(tokens[i + 1]) && tokens[i + 1]!.start - t.end === 1) return null;
  let next = i + 1;
  let name: string | null = null;
  const n = tokens[next];
  if (n && n.kind === 'quote') {
    let q = next + 1;
    while (q < tokens.length && tokens[q]!.kind !== 'quote' && q - next < 8) q++;
    if (tokens[q]?.kind === 'quote' && q > next + 1) {
      name = text.slice(tokens[next + 1]!.start, tokens[q - 1]!.end);
      next = q + 1;
    }
  } else {
    let e = next;
    while (e < tokens.length && e - next < 3 && isCapitalised(tokens[e]) && tokens[e]!.start - tokens[e - 1]!.end === 1
      && !NOT_NAMES.has(tokens[e]!.text) && !matchRole(tokens[e]!.text, cs) && !cs.definite.has(lowerOf(tokens[e]!))) e++;
    if (e > next) {
      name = text.slice(tokens[next]!.start, tokens[e - 1]!.end);
      next = e;
    }
  }
  // "die Bundesagentur für Arbeit", "des Bundesamts für Migration und Flüchtlinge": an office's für-complement is its name
  if (!name && cs.nounsCapitalised && !PLACE_OR_PARTY_BODY.test(noun)) {
    const e = officeComplement(tokens, next, cs);
    if (e > next) return { noun, name: `${noun} ${text.slice(tokens[next]!.start, tokens[e - 1]!.end)}`, kind: institutionKind(noun), next: e };
  }
  return { noun, name: name ? bodyName(noun, name) : noun, kind: institutionKind(noun), next };
}

/** A ministry's own noun: its für-complement names it ("Ministerium für Wohnungsbau"). */
const MINISTRY = /^(?:\p{Lu}\p{Ll}*)?[Mm]inisterium$/u;

/** Bodies that a für-phrase after them does not name: "die Stadt für Schulen", "der Konzern für Elektroautos". */
const PLACE_OR_PARTY_BODY = /(?:stadt|gemeinde|kreis|partei|fraktion|regierung|unternehmen|konzern|firma|betreiber|hersteller|anbieter|versorger|gruppe|bündnis)$/iu;

/**
 * End of an office's complement at k: "für Arbeit", "für Migration und Flüchtlinge", "für Arbeit, Soziales und
 * Integration" (capitalised words joined by commas and one "und"), closed by something that is no capitalised word.
 * Returns k when there is none.
 */
function officeComplement(tokens: Token[], k: number, cs: CompiledSources): number {
  if (!cs.complementPrepositions.has(tokens[k]?.text ?? '') || !isCapitalised(tokens[k + 1]) || NOT_NAMES.has(tokens[k + 1]!.text)) return k;
  // "für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz": fields with adjectives or truncations
  const list = coordinatedComplementEnd(tokens, k, cs.complementList);
  if (list > k) return isCapitalised(tokens[list]) ? k : list;
  let e = k + 2;
  while (e + 1 < tokens.length && e - k < 8 && (tokens[e]!.text === ',' || tokens[e]!.text === 'und') && isCapitalised(tokens[e + 1])) {
    const und = tokens[e]!.text === 'und';
    e += 2;
    if (und) break;
  }
  // "für Kinder Spielplätze": a capitalised word right after is no part of a name, so the phrase is no name either
  return isCapitalised(tokens[e]) ? k : e;
}

/** The base form of an institution noun, genitive endings removed ("Unternehmens" → "Unternehmen"), or null. */
export function institutionNoun(word: string): string | null {
  const hit = INSTITUTION_NOUNS.get(word);
  return hit !== undefined ? hit : remember(INSTITUTION_NOUNS, word, lookUpInstitutionNoun(word));
}

const INSTITUTION_NOUNS = new Map<string, string | null>();

function lookUpInstitutionNoun(word: string): string | null {
  const cands = /isses$/u.test(word) ? [word.slice(0, -3)] : [word, word.replace(/e?s$/u, ''), word.replace(/s$/u, '')];
  for (const c of cands) if (c.length > 2 && (ORG_SUFFIX.test(c) || TRADE_SUFFIX.test(c)) && !/(?:unternehmens|ministeriums)$/iu.test(c)) return c;
  // "der Fluggesellschaften", "die Amtsgerichte": several bodies of one kind, named by the plural itself
  const singular = pluralBody(word);
  return singular && ORG_SUFFIX.test(singular) ? word : null;
}

/** The singular of a German plural of a body noun ("Fluggesellschaften" → "Fluggesellschaft", "Amtsgerichte" → "Amtsgericht"), or null. */
function pluralBody(word: string): string | null {
  return PLURAL_BODY.exec(word)?.[0] ?? null;
}

/** The singular inside a plural of a body noun: -schaften, -ionen, -ungen, -eien; -gerichte, -institute, -dienste. */
const PLURAL_BODY = /^\p{Lu}\p{Ll}+(?:schaft|ion|ung|ei)(?=en$)|^\p{Lu}\p{Ll}*(?:gericht|institut|dienst)(?=e$)/u;

/** The body in a spokesperson compound: "Polizeisprecher" → police, "Gewerkschaftssprecher" → Gewerkschaft. */
function spokespersonBody(word: string, cs: CompiledSources): { org: OrganisationEntry } | Institution | null {
  const acr = ACRONYM_ROLE.exec(word);
  if (acr) {
    const o = matchOrgWord(acr[1]!, cs);
    return o ? { org: o.org } : { noun: acr[1]!, name: acr[1]!, kind: institutionKind(acr[1]!), next: 0 };
  }
  const m = /^(\p{Lu}\p{L}+?)(?:sprecher|Sprecher)(?:in|innen|s|n)?$/u.exec(word);
  if (!m) return null;
  const pre = m[1]!;
  if (/^(?:Presse|Pressen|Medien|Fraktions?)$/u.test(pre)) return null;
  for (const cand of [pre, pre.replace(/s$/u, '')]) {
    const o = matchOrgWord(cand, cs);
    if (o) return { org: o.org };
  }
  const base = institutionNoun(pre);
  if (!base) return null;
  return { noun: base, name: base, kind: institutionKind(base), next: 0 };
}

/** A German spokesperson compound naming a kind of body ("Firmensprecher", "Werkssprecherin"; not "Pressesprecher"). */
const BODY_SPOKESPERSON = /^(?!Presse)\p{Lu}\p{Ll}+sprecher(?:in|innen|s|n)?$/u;

/** An acronym: two to six capitals and digits, at least two capitals ("SLF", "BfS", "DVGW"). */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}\d]{1,5}$/u;

/** Number words that may stand between an article and a plural head ("die beiden Verbände", "the three agencies"). */
const SMALL_NUMBERS = /^(?:zwei|drei|vier|fünf|sechs|beiden|two|three|four|five|six)$/u;

/** An acronym joined to a role noun: "GdP-Sprecher", "ADAC-Sprecherin" (two capitals at least in the acronym). */
const ACRONYM_ROLE = /^((?=[\p{L}\d]*\p{Lu}[\p{L}\d]*\p{Lu})\p{Lu}[\p{L}\d]{1,6})-(\p{Lu}\p{Ll}+)$/u;
/** A capitalised word, a hyphen and a capitalised noun: "Veranis-Chef", "Bahn-Sprecherin". */
const NAMED_ROLE = /^(\p{Lu}[\p{L}\d]+)-(\p{Lu}\p{Ll}+)$/u;

/** English proper bodies: a run of capitalised words ending in an institution noun, or an acronym. */
const EN_BODY = /^(?:Congress|Statistics|Alliance|League|Coalition|Unions|Authority|District|County|Municipality|Prefecture|Agency|Bank|Ministry|Council|Service|Office|Department|Commission|Committee|Organi[sz]ation|Institute|Fund|Programme|Program|Cent(?:er|re)|Court|Police|Force|Forces|Corps|Union|Association|Federation|Confederation|Co-?operative|Party|Front|Movement|Group|Company|Corporation|Foundation|Hospital|Network|Observatory|Board|Bureau|Administration|Government|Agency|Society|Crescent|Guard|Army|Command|Securities|Holdings|Capital|Partners|Research|Investments?|Insurance|Airlines?|Airways|Motors|Electronics|Inc|Corp|Ltd|LLC|Economics|Analytics|Consulting|Associates|Advis[eo]rs|Management|Markets|Ratings)$/u;

/**
 * Words that end a company's name ("Kalliston Maritime", "Atlantis Shipping") but open many sentences as common nouns
 * ("Shipping resumed", "Energy company X said"): a body only as the last of two or more capitalised words.
 */
const EN_COMPANY_TAIL = /^(?:Maritime|Shipping|Tankers|Freight|Logistics|Energy|Petroleum|Chemicals?|Agrochem|Pharma(?:ceuticals)?|Mining|Industries|Trust)$/u;

/** "a government spokesperson", "a military spokesman": the word before the role names the body, no body named before */
const BODY_ADJECTIVE = /(?<![\p{L}])(?:government|administration|military|army|police|defen[cs]e|security|intelligence|state)(?![\p{L}])/iu;

/** Body nouns that, with a country before them, name a state body (a company may be an agency, a country's agency is not). */
const COUNTRY_STATE_BODY = /^(?:Service|Agency|Commission|Bureau|Board|Inspectorate|Directorate|Administration|Guard|Corps)$/u;

/** The body noun of a named body stands inside it before "of"/"for"/"on" ("Confederation of Labour"). */
function ofComplement(tokens: Token[], j: number, named: Institution): boolean {
  for (let k = j; k < named.next - 1; k++) if (tokens[k]!.text === named.noun) return /^(?:of|for|on)$/u.test(tokens[k + 1]?.text ?? '');
  return false;
}

function properBodyAt(tokens: Token[], i: number, text: string, cs: CompiledSources): Institution | null {
  const t = tokens[i]!;
  if (/^[A-Z]{2,6}$/u.test(t.text) && !cs.countries.byPrefix.has(t.text) && !cs.countries.byWord.has(t.text)) {
    return { noun: t.text, name: t.text, kind: 'organisation', next: i + 1 };
  }
  let e = i;
  let lastCap = -1;
  while (e < tokens.length && e - i < 8) {
    const w = tokens[e]!;
    if (w.kind === 'word' && isCapitalised(w)) lastCap = e;
    else if (!(w.kind === 'word' && /^(?:of|for|and|on)$/u.test(w.text) && isCapitalised(tokens[e + 1]))) break;
    e++;
  }
  // "the Kenya National Commission on Human Rights": the body noun may stand before an of/on/for complement
  let bodyAt = -1;
  // "the Department of Disaster Management Affairs": a body noun before its complement is the head, not a later one
  for (let b = i; b <= lastCap; b++) {
    if (tokens[b]!.kind !== 'word' || !EN_BODY.test(tokens[b]!.text)) continue;
    bodyAt = b;
    if (/^(?:of|for|on)$/u.test(tokens[b + 1]?.text ?? '')) break;
  }
  if (bodyAt < 0 && lastCap > i && EN_COMPANY_TAIL.test(tokens[lastCap]!.text)) bodyAt = lastCap;
  // "Inter-Services Public Relations (ISPR)": a run of capitalised words that its own acronym in brackets follows
  if (lastCap > i && bodyAt < 0 && tokens[lastCap + 1]?.text === '(' && /^[A-Z]{2,6}$/u.test(tokens[lastCap + 2]?.text ?? '') && tokens[lastCap + 3]?.text === ')') {
    return { noun: tokens[lastCap + 2]!.text, name: text.slice(t.start, tokens[lastCap]!.end), kind: 'organisation', next: lastCap + 1 };
  }
  if (lastCap < 0 || bodyAt < 0) return null;
  const name = text.slice(t.start, tokens[lastCap]!.end);
  return { noun: tokens[bodyAt]!.text, name, kind: institutionKind(tokens[bodyAt]!.text), next: lastCap + 1 };
}
