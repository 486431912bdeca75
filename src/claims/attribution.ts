import type { ClaimSource, Hedge, Speech } from '../core/claim.js';
import type { Span } from '../core/span.js';
import type { Token } from '../text/tokens.js';
import type { ClaimTables, PrepositionalFrame, ReportingVerb } from './tables.js';
import { cached, labelledRegex, scanLabelled, wordRegex, type LabelledRegex } from './pattern.js';
import { barePluralSpeakers, genericSpeaker, governmentSource, institutionNoun, isCapitalised, parseSpeaker, type Mention } from './source.js';
import { countryIndex, countryOfWord } from './countries.js';
import { quoteAt, type Quote } from './quotes.js';
import { PEOPLE } from './aliases.js';
import { remember } from './memo.js';
import { coordinatedComplementEnd, type ComplementWords } from './complement.js';
import { fullNameSpeaker } from './full-name.js';
import { datelineEnd } from './dateline.js';
import { documentOwner, introducedDocument, namedAfterFrame } from './document-owner.js';
import { lowerOf } from './lower-case.js';

/**
 * Attribution frames of one sentence: who is said to assert what is in it.
 * - verb frames: a reporting verb and its speaker, before it ("Selenskyj schreibt") or after it in verb-second
 *   order ("verkündete der Präsident"), or the subject of the sentence for a coordinated verb ("Der Beamte ...,
 *   sagte aber");
 * - prepositional frames: "laut X", "nach Angaben des X", "X zufolge", "heißt es in einem Statement des X".
 * Frames inside a direct quote belong to the quoted speaker and are ignored here.
 */
export interface Frame {
  kind: 'verb' | 'prep';
  start: number;
  end: number;
  mention: Mention | null;
  source: ClaimSource | null;
  speech: Speech;
  hedge: Hedge | null;
  /** "heißt es weiter": the speaker is the last one */
  continues: boolean;
  /** the clause the trigger stands in */
  clause: Span;
  /** the verb's subject only received the information (erfuhr, learned) */
  recipient?: boolean;
  /** a source relayed by a medium ("unter Berufung auf Behörden") */
  relay?: boolean;
  /** an act such as a pledge, not a statement: a later "Das kündigte X an" names the speaker */
  act?: boolean;
  /** the subject of a gapped clause: it speaks only for the figures after it */
  gapped?: boolean;
}

export interface CompiledSpeech {
  verbs: LabelledRegex<ReportingVerb>;
  frames: LabelledRegex<PrepositionalFrame>;
  konjunktiv: RegExp;
  hearsay: RegExp;
  plan: RegExp | null;
  starters: Set<string>;
  fillers: Set<string>;
  complementisers: Set<string>;
  asClause: Set<string>;
  self: RegExp;
  audience: Set<string>;
  genitiveSkip: Set<string>;
  /** "im Auftrag", "commissioned by", each split into words */
  commissioned: string[][];
  particles: Map<ReportingVerb, RegExp>;
  auxiliaries: Set<string>;
  figureNouns: Set<string>;
  passive: Set<string>;
  placePrepositions: Set<string>;
  /** words before a place preposition that name a body's seat ("mit Sitz"), each split into words */
  seatWords: string[][];
  /** definite and indefinite articles, lower case: one lookup instead of two list scans per call */
  articles: Set<string>;
  /** isArticle's answers by word as written (no lower-cased copy per call) */
  articleWords: Map<string, boolean>;
  coordinators: Set<string>;
  gapLinks: Set<string>;
  /** analysis nouns in a frame, the material a von-phrase after them may name, the agent preposition */
  analysis: { nouns: RegExp; material: RegExp; agent: string } | null;
}

export const compileSpeech = cached((t: ClaimTables): CompiledSpeech => ({
  particles: new Map(t.speech.verbs.filter((v) => v.particle).map((v) => [v, new RegExp(`^(?:${v.particle})$`, 'u')])),
  verbs: labelledRegex(t.speech.verbs.map((v) => [v, v.pattern] as const), 'u'),
  frames: labelledRegex(t.speech.frames.map((f) => [f, f.pattern] as const), 'iu'),
  konjunktiv: wordRegex(t.speech.konjunktiv, 'u'),
  hearsay: wordRegex(t.speech.hearsay, 'u'),
  plan: t.speech.plan ? new RegExp(t.speech.plan, 'u') : null,
  starters: new Set(t.speech.clauseStarters),
  fillers: new Set(t.speech.fillers),
  complementisers: new Set(t.speech.complementisers),
  asClause: new Set(t.speech.asClause),
  audience: new Set(t.speech.audience),
  self: new RegExp(`(?<![\\p{L}])(?:${t.speech.self.join('|')})(?![\\p{L}])`, 'iu'),
  genitiveSkip: new Set(['von', 'vom', 'aus', 'from', 'of']),
  commissioned: (t.speech.commissioned ?? []).map((w) => w.split(' ')),
  auxiliaries: new Set(t.speech.auxiliaries ?? []),
  figureNouns: new Set(t.speech.figureNouns ?? []),
  passive: new Set(t.speech.passiveAuxiliaries ?? []),
  placePrepositions: new Set(t.speech.placePrepositions ?? []),
  seatWords: (t.speech.seatWords ?? []).map((w) => w.split(' ')),
  articles: new Set([...t.sources.definite, ...t.sources.indefinite]),
  articleWords: new Map(),
  coordinators: new Set(t.speech.coordinators ?? []),
  gapLinks: new Set(t.speech.gapLinks ?? []),
  analysis: t.speech.analysedMaterial ? {
    nouns: new RegExp(`(?<![\\p{L}])(?:${t.speech.analysedMaterial.nouns})(?![\\p{L}])`, 'u'),
    material: new RegExp(`^(?:${t.speech.analysedMaterial.material})$`, 'u'),
    agent: t.speech.analysedMaterial.agent,
  } : null,
}));

/** "A und (die) B" right before the verb at ti, B a body the parser reads as one: A if a body too, else B */
function coordinatedBodies(tokens: Token[], ci: number, ti: number, text: string, tables: ClaimTables, cs: CompiledSpeech): Mention | null {
  const a = parseSpeaker(tokens, ci, text, tables) ?? genericSpeaker(tokens, ci, text, tables);
  if (!a || !cs.coordinators.has(tokens[a.next]?.text ?? '') || a.pronoun) return null;
  const b = parseSpeaker(tokens, a.next + 1, text, tables) ?? genericSpeaker(tokens, a.next + 1, text, tables);
  if (!b || b.next !== ti || (b.source.kind !== 'organisation' && b.source.kind !== 'government')) return null;
  // a bare word before "und" may be a body no table knows ("Verdi") or a person or group ("Müller", "Anwohner"): the
  // body the parser is sure of speaks
  return a.source.kind === 'organisation' || a.source.kind === 'government' ? a : b;
}

/**
 * "Die Kosten", "Die voraussichtlichen Forderungen", "Die Gesundheitskosten der …": after an article, lower-case
 * adjectives and then a noun that names a figure (a compound ending in one where nouns are capitalised) — the thing a
 * valuation verb puts a number on, its object, never the one who speaks.
 */
function frontedFigureNoun(tokens: Token[], k: number, ti: number, tables: ClaimTables, cs: CompiledSpeech): boolean {
  while (k < ti && tables.nounsCapitalised && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  const w = tokens[k]?.text ?? '';
  if (k >= ti || cs.figureNouns.has(w)) return k < ti;
  return tables.nounsCapitalised && figureCompound(cs).test(w);
}

/** a compound whose last part is a figure noun ("Gesundheitskosten", "Sachschaden"), compiled once per pack */
const figureCompound = cached((cs: CompiledSpeech): RegExp =>
  new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${[...cs.figureNouns].map((n) => n.toLowerCase()).join('|')})$`, 'u'));

/**
 * "… Zählinitiative „Javni skup“ kam": a short quoted name (up to four words) right before the token at ti, after a
 * capitalised noun. Returns the index of that noun, or -1.
 */
function quotedNameBefore(tokens: Token[], ti: number): number {
  if (tokens[ti - 1]?.kind !== 'quote') return -1;
  for (let o = ti - 2; o >= Math.max(0, ti - 6); o--) {
    const t = tokens[o]!;
    if (t.kind === 'quote') return o > ti - 3 || !isCapitalised(tokens[o - 1]) || !isCapitalised(tokens[o + 1]) ? -1 : o - 1;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** A particle at k ends its clause: punctuation, a quote, a coordinator or the sentence end follows it. */
function particleCloses(tokens: Token[], k: number, cs: CompiledSpeech): boolean {
  const n = tokens[k + 1];
  return !n || n.kind === 'punct' || n.kind === 'quote' || cs.coordinators.has(n.text);
}

/** Articles that open an object, never a subject: "Den Schaden", "Dem Sender" (German accusative/dative). */
const OBJECT_ARTICLE = /^(?:Den|Dem|Einen|Einem)$/u;

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '–', '—', '-']);

/** Clause boundaries of a sentence: offsets of commas, colons, dashes, brackets and quote marks. */
export function clauseMarks(tokens: Token[], complement?: ComplementWords): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "das Ministerium für Arbeit, Soziales und Integration": the commas of an office's list of fields split no clause
    if (complement?.prepositions.has(t.text)) {
      const e = coordinatedComplementEnd(tokens, i, complement);
      if (e > i) {
        i = e - 1;
        continue;
      }
    }
    // "(VKA)", "(RKI)": a short acronym in brackets names what stands before it and splits no clause
    if (t.text === '(' && bracketEnd(tokens, i) > i) {
      i = bracketEnd(tokens, i);
      continue;
    }
    if ((t.kind === 'quote' && !possessiveApostrophe(tokens, i)) || (t.kind === 'punct' && CLAUSE_MARKS.has(t.text) && !truncation(tokens, i))) out.push(t.start);
  }
  return out;
}

/** "the workers' union": an apostrophe glued to a plural noun before a lower-case noun is a possessive, no quote mark. */
function possessiveApostrophe(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (t.text === "'" || t.text === '’') && !!prev && prev.kind === 'word' && prev.end === t.start && /\p{Ll}s$/u.test(prev.text)
    && !!next && next.kind === 'word' && next.start === t.end + 1 && /^\p{Ll}/u.test(next.text) && tokens[i + 2]?.kind === 'word';
}

/**
 * Index of the ")" closing a bracket at i around one or two capitalised words ("(VKA)", "(Infratest dimap)"), or a
 * name of up to four capitalised words joined by short particles ("(Defensoría del Pueblo)"), or -1.
 */
export function bracketEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== '(') return -1;
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k > i + 1 && isCapitalised(tokens[i + 1]) ? k : -1;
    if (t.kind !== 'word') return -1;
    // past two words, a foreign body's name: capitalised words and particles (del, de, la, of)
    if (k > i + 2 && !isCapitalised(t) && !(t.text.length <= 3 && isCapitalised(tokens[k + 1]))) return -1;
  }
  return -1;
}

/** "Such- und Rettungsbehörde": a hyphen glued to a word before "und"/"oder" cuts a compound short, it is no dash. */
function truncation(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.text === '-' && i > 0 && tokens[i - 1]!.end === t.start && /^(?:und|oder|bis|sowie)$/u.test(tokens[i + 1]?.text ?? '');
}

export function clauseOf(marks: number[], sentence: Span, pos: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of marks) {
    if (m < pos) start = m + 1;
    else {
      end = m;
      break;
    }
  }
  return { start, end };
}

/** Index of the first token starting at or after pos. */
export function tokenIndexAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findFrames(text: string, sentence: Span, tokens: Token[], marks: number[], quotes: Quote[], tables: ClaimTables): Frame[] {
  const cs = compileSpeech(tables);
  const frames: Frame[] = [];
  for (const hit of scanLabelled(cs.frames, text, sentence.start, sentence.end)) {
    if (quoteAt(quotes, hit.start)) continue;
    const f = prepositionalFrame(text, sentence, tokens, marks, hit.start, hit.end, hit.label, tables, cs);
    if (f) frames.push(f);
  }
  for (const hit of scanLabelled(cs.verbs, text, sentence.start, sentence.end)) {
    if (quoteAt(quotes, hit.start)) continue;
    if (frames.some((f) => hit.start >= f.start && hit.start < f.end)) continue;
    const f = verbFrame(text, sentence, tokens, marks, hit.start, hit.end, hit.label, tables, cs);
    if (f) frames.push(f);
  }
  frames.push(...gappedFrames(text, sentence, tokens, marks, frames, tables, cs));
  frames.sort((a, b) => a.start - b.start);
  // "Wie dpa aus Sicherheitskreisen erfuhr": who learned it is not the source when the clause names one
  // "wie AFP unter Berufung auf Behörden berichtete": a medium relaying a named source passes the figure on;
  // unnamed sources ("citing two security sources") stay the medium's own responsibility
  return frames.filter((f) => !(f.recipient && frames.some((o) => o.kind === 'prep' && o.source && o.clause.start === f.clause.start))
    && !(f.source?.kind === 'media' && frames.some((o) => o.relay && relayed(o) && near(f, o))));
}

/**
 * Gapping: "Die Polizei sprach von 8.000 Teilnehmern, die Veranstalter von 20.000", "X schätzt A, Y B". A clause
 * after a comma or a coordinator that holds only a speaker phrase, a few linking words (von, auf, nur) and a figure
 * has left out the verb of the clause before: its subject speaks with that verb for the figure that follows.
 */
function gappedFrames(text: string, sentence: Span, tokens: Token[], marks: number[], frames: Frame[], tables: ClaimTables, cs: CompiledSpeech): Frame[] {
  const out: Frame[] = [];
  const verbs = frames.filter((f) => f.kind === 'verb' && f.mention && !f.recipient && !f.act);
  if (!verbs.length) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(t.text === ',' || cs.coordinators.has(t.text))) continue;
    const verb = verbs.filter((f) => f.end <= t.start).pop();
    // the clause before holds the verb's own figure: "sprach von 8.000 …, die Veranstalter von 20.000"
    if (!verb || !tokens.some((x) => x.kind === 'number' && x.start > verb.end && x.end <= t.start)) continue;
    let k = i + 1;
    if (t.text === ',' && cs.coordinators.has(tokens[k]?.text ?? '')) k++;
    const at = tokens[k];
    if (!at || at.kind !== 'word' || quoteAtToken(text, at)) continue;
    const m = parseSpeaker(tokens, k, text, tables)
      ?? (isArticle(at.text, tables) ? genericSpeaker(tokens, k, text, tables)
        : t.text === ',' && isCapitalised(at) && tokens[k + 1]?.kind === 'number' ? genericSpeaker(tokens, k, text, tables) : null);
    if (!m || m.source.kind === 'unattributed') continue;
    // "…, Greenpeace 9 Millionen": one bare word with a figure is a body's name, as before a singular verb
    const bare = m.next === k + 1 && !isArticle(at.text, tables) && m.source.kind === 'person' && !m.source.role;
    if (bare) m.source = { ...m.source, kind: 'organisation', organisation: m.source.name };
    let n = m.next;
    // "das Bündnis „Kohle stoppen jetzt“ von 15.000": a quoted proper name after the body noun
    if (tokens[n]?.kind === 'quote') {
      const close = tokens.findIndex((x, j) => j > n && j <= n + 6 && x.kind === 'quote');
      if (close > 0) n = close + 1;
    }
    const links = n;
    while (n < tokens.length && n < links + 5 && cs.gapLinks.has(tokens[n]!.text)) n++;
    if (tokens[n]?.kind !== 'number') continue;
    // a gapped clause is short: the figure and its unit or noun close it ("von 20.000 Teilnehmern.")
    let e = n + 1;
    while (e < tokens.length && !(tokens[e]!.kind === 'punct' || cs.coordinators.has(tokens[e]!.text))) e++;
    if (e - n > 3) continue;
    out.push({ kind: 'verb', start: m.start, end: m.end, mention: m, source: null, speech: verb.speech, hedge: verb.hedge, continues: false, clause: clauseOf(marks, sentence, m.start), gapped: true });
    i = n;
  }
  return out;
}

/**
 * "Das teilte das Amt mit", "Dies bestätigte die Polizei": a demonstrative standing alone before the verb. Followed by
 * lower-case adjectives and a capitalised noun ("Das bayerische Sozialministerium teilte mit") it is an article.
 */
function anaphorBefore(tokens: Token[], ci: number, ti: number, tables: ClaimTables): boolean {
  if (!tables.speech.anaphora.includes(tokens[ci]?.text ?? '')) return false;
  // "Diese Zahlen veröffentlichte das Amt": a demonstrative with a noun of stated figures refers back the same way
  const noun = isCapitalised(tokens[ci + 1]) && !!tables.speech.anaphoraNouns?.includes(tokens[ci + 1]!.text) ? 1 : 0;
  if (!noun && isCapitalised(tokens[ci + 1])) return false;
  for (let k = ci + 1 + noun; k < ti; k++) if (isCapitalised(tokens[k])) return false;
  return true;
}

/** a word standing right after an opening quote mark is the quote's, not a speaker */
function quoteAtToken(text: string, t: Token): boolean {
  return /[„“"»]$/u.test(text.slice(Math.max(0, t.start - 1), t.start));
}

function relayed(f: Frame): boolean {
  return !!f.source && f.source.kind !== 'anonymous_official' && f.source.kind !== 'unattributed' && f.source.kind !== 'media';
}

/** Two frames of one attribution: a medium and what it relays, close together. */
function near(a: Frame, b: Frame): boolean {
  return Math.abs(a.start - b.start) < 60;
}

function prepositionalFrame(text: string, sentence: Span, tokens: Token[], marks: number[], start: number, end: number,
  entry: PrepositionalFrame, tables: ClaimTables, cs: CompiledSpeech): Frame | null {
  const clause = clauseOf(marks, sentence, start);
  if (entry.pattern === 'so') {
    // "„…“, so der Sprecher." — only after a comma or a closing quote
    const before = text.slice(Math.max(sentence.start, start - 3), start);
    if (!/[,“”"«]\s*$/u.test(before)) return null;
  }
  let mention: Mention | null = null;
  if (entry.speaker === 'after' && countedComplement(tokens, start, end, tables, cs)) return null;
  if (entry.speaker === 'after') {
    let k = tokenIndexAt(tokens, end);
    let gap = end;
    // "nach Angaben von Anwohnern": the speaker after the linking preposition
    if (tokens[k] && tokens[k]!.start - end <= 2 && cs.genitiveSkip.has(tokens[k]!.text)) gap = tokens[k++]!.end;
    // "nach einer Umfrage im Auftrag des LKA": whom a survey was made for speaks through it
    // (an institute named in the frame itself made it: "nach einer Infratest-Umfrage im Auftrag der Stiftung")
    const commission = tokens[k] && tokens[k]!.start - end <= 2 && !compoundSpeaker(tokens, start, end, text, tables) ? cs.commissioned.find((w) => w.every((x, n) => tokens[k + n]?.text === x)) : undefined;
    if (commission && isArticle(tokens[k + commission.length]?.text ?? '', tables)) {
      k += commission.length;
      gap = tokens[k - 1]!.end;
    }
    // "nach der Auswertung von Luftaufnahmen": what was analysed speaks not; "… durch den Katastrophendienst X" does
    if (gap > end && cs.analysis && cs.analysis.nouns.test(text.slice(start, end))) {
      let e = k;
      while (e < k + 3 && tokens[e] && (isArticle(tokens[e]!.text, tables) || /^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[e]!.text))) e++;
      if (tokens[e] && cs.analysis.material.test(tokens[e]!.text)) {
        if (tokens[e + 1]?.text !== cs.analysis.agent) return { kind: 'prep', start, end, mention: null, source: null, speech: 'none', hedge: entry.hedge ?? null, continues: false, clause };
        k = e + 2;
        gap = tokens[e + 1]!.end;
      }
    }
    const tk = tokens[k];
    if (tk && tk.start - gap <= 2) mention = parseSpeaker(tokens, k, text, tables);
    // English "according to Ofgem's figures", "according to its manifest", "according to Eurocontrol", "… Eurocontrol data"
    if (tk && tk.start - gap <= 2 && !tables.nounsCapitalised && (!mention || (mention.source.kind === 'document' && !mention.source.name))) mention = documentOwner(tokens, k, text, tables) ?? namedAfterFrame(tokens, k, text, tables) ?? mention;
    // "der in Kiel ansässigen Gruppe X", "der von der Miliz kontrollierten Behörde": read past an extended participle
    if (!mention && tk && tk.start - gap <= 2 && isArticle(tk.text, tables)) mention = pastParticiple(tokens, k, text, tables);
    // "nach Angaben der Gemeinde": a frame that names a speaker, even one the tables do not know
    if (!mention && tk && tk.start - gap <= 2 && entry.speech !== 'direct' && (cs.genitiveSkip.has(tokens[k - 1]?.text ?? '') || isArticle(tk.text, tables) || entry.pattern === 'laut')) {
      mention = genericSpeaker(tokens, k, text, tables);
    }
    if (!mention) mention = compoundSpeaker(tokens, start, end, text, tables);
    if (entry.pattern === 'so' && !mention) return null;
    // "nach seinen Angaben", "ihren Angaben zufolge", "by its own count": the last speaker
    if (!mention) mention = possessiveSpeaker(tokens, start, end, text, tables, clause.start);
  } else if (entry.speaker === 'before') {
    const ti = tokenIndexAt(tokens, start);
    for (let st = ti - 1; st >= Math.max(0, ti - 9); st--) {
      if (tokens[st]!.start < clause.start) break;
      const m = parseSpeaker(tokens, st, text, tables);
      if (m && m.next === ti) mention = m;
    }
    // "dem RKI zufolge", "der Bergwacht zufolge": a body the tables do not know, after its article
    if (!mention && ti >= 2 && /^(?:der|dem|den)$/iu.test(tokens[ti - 2]!.text) && !STATEMENT_NOUN.test(tokens[ti - 1]!.text) && tokens[ti - 2]!.start >= clause.start) {
      const g = genericSpeaker(tokens, ti - 2, text, tables);
      if (g && g.next === ti && g.source.kind !== 'unattributed') mention = g;
    }
    // "Ihr zufolge", "ihm zufolge": a dative pronoun refers to the last speaker like "sie" or "er"
    const dative = ti > 0 ? DATIVE_PRONOUN[lowerOf(tokens[ti - 1]!)] : undefined;
    if (!mention && dative && tokens[ti - 1]!.start >= clause.start) {
      const d = tokens[ti - 1]!;
      mention = { start: d.start, end: d.end, next: ti, source: { kind: 'unattributed', text: dative, name: null, role: null, organisation: null, country: null }, definite: false, pronoun: true, roleBase: null, official: false };
    }
    // "Polizeiangaben zufolge", "ihren Angaben zufolge"
    if (!mention && ti > 0) mention = compoundSpeaker(tokens, tokens[ti - 1]!.start, end, text, tables) ?? possessiveSpeaker(tokens, tokens[Math.max(0, ti - 2)]!.start, end, text, tables, clause.start);
    if (!mention) {
      // "Berichten zufolge" and other non-speakers: a hedge, no source
      return { kind: 'prep', start, end, mention: null, source: null, speech: 'none', hedge: 'reported', continues: false, clause };
    }
  }
  if (!mention && cs.self.test(text.slice(start, end))) {
    // "nach eigenen Angaben": the subject of the sentence speaks
    let si = tokenIndexAt(tokens, sentence.start);
    while (si < tokens.length && cs.starters.has(lowerOf(tokens[si]!))) si++;
    // "Das Veterinäramt hat nach eigenen Angaben …": also a body the tables do not know, after an article
    const m = parseSpeaker(tokens, si, text, tables) ?? (si < tokens.length && isArticle(tokens[si]!.text, tables) ? genericSpeaker(tokens, si, text, tables) : null);
    if (m && m.end <= start) mention = m;
    // "Im Ort fiel das Wasser aus; eine Getränkekette ließ nach eigenen Angaben …": a clause of its own after a semicolon
    // or a coordinator has its own subject
    let ci = tokenIndexAt(tokens, clause.start);
    if (ci > si && /[;,]\s*$/u.test(text.slice(Math.max(sentence.start, clause.start - 2), clause.start))) {
      const coordinated = cs.coordinators.has(tokens[ci]?.text ?? '');
      while (ci < tokens.length && cs.starters.has(lowerOf(tokens[ci]!))) ci++;
      const semicolon = text.charAt(tokens[tokenIndexAt(tokens, clause.start) - 1]?.start ?? -1) === ';';
      const c = (semicolon || coordinated) && ci < tokens.length && isArticle(tokens[ci]!.text, tables) && !OBJECT_ARTICLE.test(tokens[ci]!.text)
        ? parseSpeaker(tokens, ci, text, tables) ?? genericSpeaker(tokens, ci, text, tables) : null;
      if (c && c.end <= start && c.next === tokenIndexAt(tokens, start) - 1 && c.source.kind !== 'unattributed') mention = c;
    }
    // "Für Charterflüge gab die Bundespolizei nach eigenen Angaben … aus": after a fronted phrase the subject follows
    // the verb, right before the frame
    const fi = tokenIndexAt(tokens, start);
    for (let st = fi - 2; !mention && st >= Math.max(si + 1, fi - 6); st--) {
      if (!/^(?:der|die|das)$/u.test(tokens[st]!.text)) continue;
      const g = parseSpeaker(tokens, st, text, tables) ?? genericSpeaker(tokens, st, text, tables);
      if (g && g.next === fi && g.source.kind !== 'unattributed') mention = g;
    }
    // "Nach eigenen Angaben hatte der Verbund …", "Nach eigenen Angaben beschäftigt das Unternehmen …": the frame
    // fronted, the finite verb after it, then the subject
    const v = tokenIndexAt(tokens, end);
    if (!mention && fi <= si && tokens[v] && /^\p{Ll}/u.test(tokens[v]!.text) && tokens[v + 1] && tokens[v + 1]!.start < clause.end) {
      const g = parseSpeaker(tokens, v + 1, text, tables) ?? (isArticle(tokens[v + 1]!.text, tables) && !OBJECT_ARTICLE.test(tokens[v + 1]!.text) ? genericSpeaker(tokens, v + 1, text, tables) : null);
      if (g && (g.source.kind !== 'unattributed' || g.pronoun)) mention = g;
    }
  }
  let source = mention ? mention.source : null;
  // "nach offiziellen Angaben", "according to official figures": the authorities, unnamed
  if (!source && entry.speaker !== 'none' && OFFICIAL.test(text.slice(start, end))) {
    source = { kind: 'government', text: text.slice(start, end), name: null, role: null, organisation: null, country: null };
  }
  if (!source && entry.speaker !== 'none') {
    // "nach ukrainischen Angaben", "nach US-Schätzungen": the country's government
    const ci = countryIndex(tables.countries);
    for (let k = tokenIndexAt(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
      const c = countryOfWord(ci, tokens[k]!.text);
      if (c) {
        source = governmentSource(c, text.slice(start, end));
        break;
      }
    }
  }
  return { kind: 'prep', start, end, mention, source, speech: entry.speech, hedge: entry.hedge ?? null, continues: !!entry.continues || (!!entry.continuesBare && !source), clause, relay: !!entry.relay };
}

/**
 * "74 Fälle von Masern registriert", "300 Tonnen von Weizen": a bare linking preposition right after a figure and its
 * noun, before a word without article, completes what is counted; it is no passive agent ("von der Polizei").
 */
function countedComplement(tokens: Token[], start: number, end: number, tables: ClaimTables, cs: CompiledSpeech): boolean {
  const ti = tokenIndexAt(tokens, start);
  const tk = tokens[ti];
  if (!tk || tk.end !== end || !cs.genitiveSkip.has(lowerOf(tk)) || ti < 2) return false;
  const noun = tokens[ti - 1]!;
  const after = tokens[ti + 1];
  return tokens[ti - 2]!.kind === 'number' && noun.kind === 'word' && isCapitalised(noun) && !!after && after.kind === 'word' && !isArticle(after.text, tables)
    && !tk.text.endsWith('m');
}

function verbFrame(text: string, sentence: Span, tokens: Token[], marks: number[], start: number, end: number,
  entry: ReportingVerb, tables: ClaimTables, cs: CompiledSpeech): Frame | null {
  const clause = clauseOf(marks, sentence, start);
  const ti = tokenIndexAt(tokens, start);
  // "seien 500 Fälle gemeldet worden": an agentless passive (an agent is the von-frame's)
  if (cs.passive.has(tokens[ti + 1]?.text ?? '')) return null;
  let contentFrom = end;
  if (entry.particle) {
    let found = -1;
    // "teilte der Gouverneur, Ivan Petrenko, am Abend mit": the particle may stand after a name apposition
    const apposition = NAME_APPOSITION.exec(text.slice(clause.end, Math.min(sentence.end, clause.end + 80)));
    const until = apposition ? clauseOf(marks, sentence, clause.end + apposition[0].length).end : clause.end;
    for (let k = ti + 1; k < tokens.length && tokens[k]!.start < until; k++) {
      // a separable particle closes its clause ("warf der Stadt vor, …"); "warf vor allem 300 Masten um" is no "vorwerfen"
      if (cs.particles.get(entry)!.test(tokens[k]!.text) && (entry.objectParticle || particleCloses(tokens, k, cs))) {
        found = k;
        break;
      }
    }
    if (found < 0) return null;
    contentFrom = tokens[found]!.end;
  }
  // speaker before the verb, at the start of its clause
  let mention: Mention | null = null;
  let ci = tokenIndexAt(tokens, clause.start);
  // "Die Zählinitiative „Javni skup“ kam auf …": a quoted name after a body noun ends the speaker phrase, no clause
  const named = ci === ti ? quotedNameBefore(tokens, ti) : -1;
  if (named >= 0) ci = tokenIndexAt(tokens, clauseOf(marks, sentence, tokens[named]!.start).start);
  while (ci < ti && cs.starters.has(lowerOf(tokens[ci]!))) ci++;
  // "Die Kosten beziffert die Stadt auf …": a figure noun opening the clause is the object, whatever its article
  const figureNoun = ci + 1 < ti && isArticle(tokens[ci]!.text, tables) && frontedFigureNoun(tokens, ci + 1, ti, tables, cs);
  const frontObject = ci < ti && (OBJECT_ARTICLE.test(tokens[ci]!.text) || figureNoun);
  // "Dem Sender sagte die Ministerin": a fronted dative is the audience, the speaker follows the verb
  if (ci < ti && cs.audience.has(lowerOf(tokens[ci]!))) ci = ti;
  if (ci < ti) {
    const m = parseSpeaker(tokens, ci, text, tables);
    // "Diese Bilanz zog die Staatsanwaltschaft": a demonstrative with a noun of stated figures is the object, not a document speaking
    if (m && m.end <= start && !(m.source.kind === 'document' && !m.source.name && anaphorBefore(tokens, ci, ti, tables))) mention = m;
    // "Die Feuerwehr teilte mit": an unknown noun phrase that is all there is before the verb
    // "Den Schaden beziffert der Versorger": a fronted object (accusative or dative article) is never the speaker
    if (!mention && !frontObject && !anaphorBefore(tokens, ci, ti, tables)) {
      const g = genericSpeaker(tokens, ci, text, tables);
      // "wie die Feuerwehr am Abend mitteilte": time words may stand between the speaker and a verb-final verb
      // "wie das Gesundheitsamt des Kreises am Montag mitteilte": a genitive or von-phrase belongs to the speaker
      const gb = g ? bracketEnd(tokens, g.next) : -1;
      // "wie die Bundeskanzlei in Bern mitteilte": where the body sits, between it and a verb-final verb
      const gn = g ? skipPlace(tokens, skipComplement(tokens, skipAffiliation(tokens, gb > 0 ? gb + 1 : g.next, text, tables), tables, cs), cs) : 0;
      // "Die Schulleitung hatte von 40 Verletzten gesprochen": an auxiliary after the subject, the participle at the end
      const perfect = cs.auxiliaries.has(tokens[gn]?.text ?? '') && (tokens[ti + 1]?.kind === 'punct' || (tokens[ti + 1]?.start ?? clause.end) >= clause.end);
      if (g && (gn === ti || onlyFillers(tokens, gn, ti, cs) || perfect) && isArticle(tokens[ci]!.text, tables)) mention = withAcronym(g, tokens, gn === ti ? ti : gn);
    }
  }
  // English "The ministry's statement said", "the agency's own estimates put …", "Interior Ministry figures showed": the owner
  if (ci < ti && !tables.nounsCapitalised && (!mention || (mention.source.kind === 'document' && !mention.source.name))) {
    const o = documentOwner(tokens, ci, text, tables);
    if (o && o.next <= ti) mention = o;
  }
  // English "The statement said …" after "… said in a statement": the issuer, the last speaker
  if (mention) mention = introducedDocument(mention, text, tables) ?? mention;
  // "Die Dokumentationsstelle des Bundes zum Thema Wolf (DBBW) zählte …": a body's long name, closed by its acronym in
  // brackets right before the verb, whatever complements stand between the body's noun and the brackets
  if (!mention && ci < ti - 4 && !frontObject && tables.nounsCapitalised) mention = acronymSubject(text, tokens, ci, ti, tables);
  // "Medisol geht davon aus, dass …": a lone proper name before the verb that the text used as a name before
  if (!mention && ci + 1 === ti && !frontObject) mention = knownBareName(text, sentence, tokens, ci, tables, cs);
  // "Sahelor Mining erklärte, …", "Nordhafen Logistik GmbH teilte mit": a proper name of several words without an
  // article, all there is before the verb, that ends in a body's or firm's word
  if (!mention && ci + 1 < ti && !frontObject && tables.nounsCapitalised && isCapitalised(tokens[ci]) && !isArticle(tokens[ci]!.text, tables)) {
    const g = genericSpeaker(tokens, ci, text, tables);
    if (g && g.next === ti && (g.source.kind === 'organisation' || g.source.kind === 'government')) mention = g;
  }
  // "Verdi und die Bildungsgewerkschaft GEW fordern …": bodies coordinated before the verb speak together; the first
  // named one stands for them, a bare name taking the kind of the body it is coordinated with
  if (!mention && ci + 2 < ti && !frontObject && tables.nounsCapitalised) mention = coordinatedBodies(tokens, ci, ti, text, tables, cs);
  // English "Elon Musk said …": a full name no table knows, opening the sentence before its verb (person or body by the text)
  if (!mention && !frontObject && ci === tokenIndexAt(tokens, sentence.start)) mention = fullNameSpeaker(text, sentence, tokens, ci, ti, tables);
  // "Augenzeugen berichteten, …": a bare plural group of persons before a plural verb of saying (not a demand: "Pendler
  // fordern 300 Busse" is a group's wish, no source for a figure)
  if (!mention && ci + 1 === ti && !frontObject && entry.hedge !== 'demand' && !entry.act && ci === tokenIndexAt(tokens, clause.start)
    && tables.speech.bareName && bareNameRegexes(tables.speech.bareName).pluralVerb.test(tokens[ti]!.text)) mention = barePluralSpeakers(tokens, ci, text, tables);
  // "Das teilte das Landratsamt mit": an anaphor before the verb, the speaker after it
  const anaphoric = ci < ti && anaphorBefore(tokens, ci, ti, tables);
  // English "Group X, which tracks the toll, said its volunteers had found …", "X of the Y Centre, a group that tracks
  // accidents, said …": the subject set off by a relative clause or an apposition speaks for a verb that opens its
  // clause; the words after the verb are the content, not a speaker in verb-second order
  if (!mention && !tables.nounsCapitalised && ci === ti) mention = insertedSubject(text, sentence, tokens, clause, ti, start, tables, cs);
  // speaker after the verb (verb-second order), past time and place words
  let pronounAfter: Mention | null = null;
  if (!mention) {
    for (let k = ti + 1; k < tokens.length && k <= ti + 8 && tokens[k]!.start < clause.end; k++) {
      // the dative after a verb of saying is the audience: "sagte dem Sender", "told Reuters", "sagte der Nachrichtenagentur AP"
      if (cs.audience.has(tokens[k]!.text) || (entry.audience && k === ti + 1) || feminineDative(tokens, k, tables)) {
        const a = parseSpeaker(tokens, k, text, tables) ?? genericSpeaker(tokens, k, text, tables);
        if (a) {
          k = a.next - 1;
          continue;
        }
      }
      const m = parseSpeaker(tokens, k, text, tables);
      // English "…, the mission said in a statement": the statement is how the subject spoke, not who
      if (m && !tables.nounsCapitalised && m.source.kind === 'document' && cs.placePrepositions.has(tokens[k - 1]?.text ?? '')) {
        k = m.next - 1;
        continue;
      }
      // English "said it had raised …", "said they would …": a pronoun after the verb opens the content clause; it is
      // the speaker only where the clause ends with it (", said he.")
      if (m && m.pronoun && !tables.nounsCapitalised && k === ti + 1 && (tokens[m.next]?.start ?? clause.end) < clause.end && tokens[m.next]!.kind === 'word') {
        // kept as the last resort: with no subject before the verb, "it" and the speaker are the same body
        pronounAfter = m;
        break;
      }
      if (m) {
        mention = m;
        break;
      }
      const w = tokens[k]!.text;
      // English "said 60 officers were deployed": a figure after the verb opens its content, whose noun is no speaker
      if (!cs.fillers.has(w) && !(/^\d/u.test(w) && (tables.nounsCapitalised || /[,“”"«]\s*$/u.test(text.slice(Math.max(sentence.start, start - 3), start))))) break;
    }
  }
  // verb-second after a fronted adverbial or a figure noun: "Am Sonntag meldete die Bergwacht …", "Zudem fordert die
  // Gewerkschaft …", "Den Schaden beziffert der Versorger auf …": an unknown body after the verb is the subject
  // also a sentence adverb of the table ("Landesweit zählte das Stuttgarter Innenministerium …", "Zusätzlich verlangt die Kammer")
  const frontAdverbial = !anaphoric && (ci === ti || cs.fillers.has(lowerOf(tokens[ci]!)) || (ci + 1 === ti && !!tables.speech.bareName?.adverbs.includes(lowerOf(tokens[ci]!))))
    && ti > tokenIndexAt(tokens, clause.start);
  if (!mention && (frontObject || frontAdverbial)) {
    let k = ti + 1;
    while (k < tokens.length && cs.fillers.has(tokens[k]!.text) && !isArticle(tokens[k]!.text, tables)) k++;
    let g = tokens[k] && isArticle(tokens[k]!.text, tables) && !OBJECT_ARTICLE.test(tokens[k]!.text) ? genericSpeaker(tokens, k, text, tables) : null;
    // "Den Schaden beziffert Stromnetz Berlin auf …": after a fronted object a name without an article is the subject
    if (!g && frontObject && tables.nounsCapitalised && isCapitalised(tokens[k]) && !isArticle(tokens[k]!.text, tables)) {
      const n = parseSpeaker(tokens, k, text, tables) ?? genericSpeaker(tokens, k, text, tables);
      // a name without a role is a body the text named with its body noun before ("der Netzbetreiber Stromnetz Berlin"),
      // not a region that set a record ("Den stärksten Anstieg verzeichnete Nordrhein-Westfalen")
      const roleless = n && n.source.kind === 'person' && !n.source.role;
      if (n && !n.pronoun && n.source.kind !== 'unattributed' && (!roleless || (!!n.source.name && namedAsBodyBefore(text, tokens[k]!.start, n.source.name)))) g = n;
    }
    if (g && g.end <= clause.end) mention = g;
  }
  // "Für die laufende Saison rechnet Wöhrle mit …": after a fronted prepositional phrase a person's name right after the
  // verb is its subject (a full name, or a surname the text gave in full before)
  if (!mention && ci < ti && FRONT_PREPOSITION.test(tokens[ci]!.text) && isCapitalised(tokens[ti + 1])) {
    const g = genericSpeaker(tokens, ti + 1, text, tables);
    const name = g?.source.kind === 'person' && !g.source.role ? g.source.name : null;
    if (g && name && g.end <= clause.end && (/\s/u.test(name) || fullNameBefore(text, sentence.start, name))) mention = g;
  }
  // "Im Jahr 2021 hatte Russland von 200.000 Soldaten gesprochen", "…, hatte Betriebsrat Jens Ohl am Montag gesagt": a
  // participle closing its clause after an auxiliary in second place: the subject stands right after the auxiliary
  if (!mention && (!anaphoric || ti - ci > 1) && ci < ti && ((tokens[ti + 1]?.kind === 'punct') || (tokens[ti + 1]?.start ?? clause.end) >= clause.end)) {
    const m = subjectAfterAuxiliary(tokens, ci, ti, text, tables, cs);
    if (m) mention = m;
  }
  // "wie der Sprecher des Amts, Jonas Wehrle, am Mittwoch mitteilte": the as-clause's speaker with a name apposition,
  // whose commas split the clause before its verb
  const asApposed = !mention && ci >= tokenIndexAt(tokens, clause.start) ? asClauseApposition(text, sentence, tokens, clause, ti, tables, cs) : null;
  if (asApposed) mention = asApposed;
  // "Wie das Amt mitteilte, sind 60 Fälle bestätigt": the as-clause's subject is no subject of the main clause
  const asOpened = clause.start > sentence.start && cs.asClause.has(tokens[tokenIndexAt(tokens, sentence.start)]?.text.toLowerCase() ?? '');
  // "Der Sprecher des Kremls, Dmitri Peskow, wies die Angaben zurück": the subject and its apposition end at the comma
  // the sentence's own subject, parsed once for the apposition and the coordinated-verb readings below
  let subject: { si: number; m: Mention | null } | null = null;
  const sentenceSubject = (): { si: number; m: Mention | null } => {
    if (subject) return subject;
    let si = tokenIndexAt(tokens, sentence.start);
    // "LONDON (Reuters) – Ofgem said …, adding …": the dateline is no subject
    si = Math.min(ti, datelineEnd(tokens, si));
    while (si < ti && cs.starters.has(lowerOf(tokens[si]!))) si++;
    const m = si < ti ? parseSpeaker(tokens, si, text, tables) : null;
    // "„It could be hundreds,“ said a leader …": an impersonal "it" opening the sentence is no one's subject
    return (subject = { si, m: m && m.pronoun && /^it$/iu.test(m.source.text ?? '') ? null : m });
  };
  if (!mention && clause.start > sentence.start && !asOpened) {
    const { si, m } = sentenceSubject();
    // also with an age between: "Kim Min-su, 55, told a rally"
    if (m && m.end < start && /^\s*,\s*(?:\d{1,3}\s*,\s*)?$/u.test(text.slice(m.end, clause.start))) mention = m;
    // "The Kenya Rights Commission, a state-funded body, put the toll at": an apposition that only describes the subject
    if (m && !mention && m.end < start && APPOSITION.test(text.slice(m.end, clause.start)) && tokenIndexAt(tokens, clause.start) === ti) mention = m;
    // "Der örtliche Versorger, die Stadtwerke Hagenbrück, erklärte …": a body noun and the named body in apposition
    if (!mention && si < ti && tokenIndexAt(tokens, clause.start) === ti) mention = appositiveBodySubject(text, tokens, si, ti, m, tables);
    // "Ein Helfer, der seit Tagen im Einsatz ist, sagte …": a subject with a relative clause, the verb right after it
    if (!mention && si < ti && tokenIndexAt(tokens, clause.start) === ti) {
      const r = m ?? (isArticle(tokens[si]!.text, tables) ? genericSpeaker(tokens, si, text, tables) : null);
      if (r && r.end < start && RELATIVE_CLAUSE.test(text.slice(r.end, clause.start))) mention = r;
    }
  }
  // "JA Zen-Noh, the national federation of farm co-operatives, said …": a name the apposition calls a body
  if (!tables.nounsCapitalised && clause.start > sentence.start && !asOpened && tokenIndexAt(tokens, clause.start) === ti
    && (!mention || (mention.source.kind === 'person' && mention.start === tokens[sentenceSubject().si]?.start))) {
    mention = nameOfBodyApposition(text, tokens, sentenceSubject().si, ti, clause, tables) ?? mention;
  }
  // "…“, sagte Engel." / ", sagte die Ärztin Maria Lenz.": after a comma or quote the phrase after the verb speaks
  // content before the verb, set off by a comma or quote: "…“, sagte Engel."
  const contentBefore = named < 0 && /[,“”"«]\s*$/u.test(text.slice(Math.max(sentence.start, start - 3), start));
  if (!mention && (anaphoric || contentBefore)) {
    let k = skipAudience(tokens, ti + 1, text, tables, cs, entry);
    while (k < tokens.length && cs.fillers.has(tokens[k]!.text) && !isArticle(tokens[k]!.text, tables)) k++;
    // "…, teilte die von der Miliz kontrollierte Behörde mit": also past an extended participle
    const g = genericSpeaker(tokens, k, text, tables) ?? (isArticle(tokens[k]?.text ?? '', tables) ? pastParticiple(tokens, k, text, tables) : null);
    // "sagte die Ärztin, Mara Lind, am Abend": an appositive name runs past the clause's comma
    const gClause = g?.apposition ? clauseOf(marks, sentence, g.end - 1) : clause;
    // "Das berichtete X am Abend auf der Versammlung": after an anaphor the clause holds no content, so where and when
    // the speaker spoke may follow in full prepositional phrases
    // "Das teilte die Athletics Integrity Unit (AIU) des Weltverbands mit": an acronym in brackets, then the genitive
    const gb = g ? bracketEnd(tokens, g.next) : -1;
    // "…“, sagte Kämmerer X dem WDR.": the audience may follow the speaker, too
    const after = skipAffiliation(tokens, gb > 0 ? gb + 1 : g?.next ?? k, text, tables);
    if (g && g.end <= gClause.end && closesClause(tokens, tables.nounsCapitalised && g.source.kind === 'person' ? skipAudience(tokens, after, text, tables, cs, entry) : after, gClause, cs, cs.particles.get(entry), anaphoric)) mention = gb > 0 ? withAcronym(g, tokens, gb + 1) : g;
  }
  // "„…“, Lane said." / "…, Engel sagte.": a bare name right after the quote or comma, before the verb
  if (!mention && ci < ti && /[,“”"«]\s*$/u.test(text.slice(Math.max(sentence.start, clause.start - 3), clause.start))) {
    const g = genericSpeaker(tokens, ci, text, tables);
    if (g && g.next === ti) mention = g;
  }
  // "…,“ union leader Lee Min-ho, 47, told a rally": a speaker with an age set off by commas right before the verb
  if (!mention && clause.start > sentence.start && /,\s*\d{1,3}\s*,\s*$/u.test(text.slice(Math.max(sentence.start, clause.start - 8), clause.start)) && tokenIndexAt(tokens, clause.start) === ti) {
    const ageAt = tokenIndexAt(tokens, clause.start) - 2;
    const prev = clauseOf(marks, sentence, tokens[ageAt - 1]?.start ?? sentence.start);
    const m = parseSpeaker(tokens, tokenIndexAt(tokens, prev.start), text, tables) ?? genericSpeaker(tokens, tokenIndexAt(tokens, prev.start), text, tables);
    if (m && m.next === ageAt - 1) mention = m;
  }
  // a coordinated verb shares the subject of the sentence: "Der Beamte machte ..., sagte aber"
  if (!mention && clause.start > sentence.start && !asOpened) {
    const { m } = sentenceSubject();
    if (m && m.end < start) mention = m;
  }
  // "Die Union hielt das für zu wenig und forderte …": a verb right after a coordinator shares the sentence's subject
  if (!mention && ti > 0 && cs.coordinators.has(tokens[ti - 1]!.text) && !asOpened) {
    const { si, m } = sentenceSubject();
    const lead = tokens[si];
    const g = m ?? (lead && isArticle(lead.text, tables) && !OBJECT_ARTICLE.test(lead.text) && !cs.figureNouns.has(tokens[si + 1]?.text ?? '')
      ? genericSpeaker(tokens, si, text, tables) : null);
    if (g && g.end < start && g.source.kind !== 'unattributed') mention = g;
  }
  if (!mention) mention = pronounAfter;
  if (!mention) return null;
  // "The authority said in its daily report", "teilte in seinem Lagebericht mit": the body that issues the report
  // speaks through it, so it stays the source (a bare report with no issuer is a document source elsewhere)
  // indirect: a comma/colon or a dass-clause right after the verb group, or content before ("…, sagte X")
  let speech: Speech = 'reported';
  const first = tokens[tokenIndexAt(tokens, clause.start)];
  const clauseOpen = text.slice(Math.max(sentence.start, clause.start - 2), clause.start);
  if ((first && cs.asClause.has(lowerOf(first))) || asApposed) speech = 'reported';
  else if (contentBefore) speech = 'indirect';
  // "…, the governor said." — the attribution closes the sentence after the content
  else if (clause.start > sentence.start && /[,“”"«]\s*$/u.test(clauseOpen) && clause.end >= sentence.end - 1
    && closesClause(tokens, tokenIndexAt(tokens, Math.max(contentFrom, mention.end)), clause, cs, cs.particles.get(entry))) speech = 'indirect';
  // "Die Mission hat 400 Fälle registriert, geht aber …": a verb-final clause holds its figure between speaker and verb;
  // the comma after the verb ends that clause and opens no content
  else if (mention.end <= start && tokens.slice(mention.next, ti).some((t) => t.kind === 'number')) speech = 'reported';
  else {
    for (let k = tokenIndexAt(tokens, Math.max(contentFrom, mention.end)), n = 0; k < tokens.length && n < 5; k++, n++) {
      const w = tokens[k]!;
      if (w.text === ',' || w.text === ':' || cs.complementisers.has(w.text)) {
        speech = 'indirect';
        break;
      }
      if (w.kind === 'number' || w.kind === 'quote') break;
    }
  }
  // English "X said 12 people were killed": a verb of saying with its content clause is indirect speech
  if (speech === 'reported' && entry.clause && !(first && cs.asClause.has(lowerOf(first)))) {
    const after = tokens[tokenIndexAt(tokens, Math.max(contentFrom, mention.end))];
    if (after && after.start < sentence.end && !(after.kind === 'punct' && after.text === '.')) speech = 'indirect';
  }
  if (entry.observed) speech = 'reported';
  return { kind: 'verb', start, end: contentFrom, mention, source: mention.source, speech, hedge: entry.hedge ?? null, continues: false, clause, recipient: !!entry.recipient, act: !!entry.act };
}

/**
 * A subject phrase opening the sentence with an article and ending in "(ACRONYM)" right before the finite verb: the
 * acronym names the body, whatever complements ("zur Ausrottung der Kinderlähmung", "des Bundes") stand between. A
 * person's party in brackets ("Ministerin Anke Roth (SPD) sagte") keeps the person.
 */
function acronymSubject(text: string, tokens: Token[], si: number, ti: number, tables: ClaimTables): Mention | null {
  const close = tokens[ti - 1];
  const open = tokens[ti - 3];
  const acronym = tokens[ti - 2];
  if (close?.text !== ')' || open?.text !== '(' || !acronym || !/^\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*$/u.test(acronym.text)) return null;
  if (!isArticle(tokens[si]!.text, tables) || OBJECT_ARTICLE.test(tokens[si]!.text)) return null;
  // one noun phrase: words, hyphenated truncations and "und", no comma, quote or figure before the brackets
  for (let k = si + 1; k < ti - 3; k++) if (tokens[k]!.kind !== 'word' && !(tokens[k]!.text === '-' || truncation(tokens, k))) return null;
  const m = parseSpeaker(tokens, si, text, tables) ?? genericSpeaker(tokens, si, text, tables);
  if (m && (m.source.kind === 'person' || m.pronoun) && m.source.name) return null;
  const kind = m && (m.source.kind === 'government' || m.source.kind === 'organisation') ? m.source.kind : 'organisation';
  const phrase = text.slice(tokens[si]!.start, close.end);
  const source: ClaimSource = { kind, text: phrase, name: acronym.text, role: null, organisation: acronym.text, country: m?.source.country ?? null };
  return { start: tokens[si]!.start, end: close.end, next: ti, source, definite: false, pronoun: false, roleBase: null, official: false, institution: true };
}

function insertedSubject(text: string, sentence: Span, tokens: Token[], clause: Span, ti: number, start: number, tables: ClaimTables, cs: CompiledSpeech): Mention | null {
  if (clause.start <= sentence.start) return null;
  let si = tokenIndexAt(tokens, sentence.start);
  while (si < ti && cs.starters.has(lowerOf(tokens[si]!))) si++;
  if (si >= ti || cs.asClause.has(lowerOf(tokens[si]!))) return null;
  const m = parseSpeaker(tokens, si, text, tables) ?? genericSpeaker(tokens, si, text, tables);
  if (!m) return namedApposition(text, tokens, si, ti, tables);
  if (m.pronoun || m.source.kind === 'unattributed' || m.end >= start) return null;
  // "Jagdish Mistry of the Workers' Centre, a group …": the body the speaker belongs to stands before the insertion
  const after = tokens[skipAffiliation(tokens, m.next, text, tables) - 1]!.end;
  const between = text.slice(Math.max(m.end, after), clause.start);
  if (APPOSITION.test(between) || RELATIVE_CLAUSE.test(between)) return m;
  // "The ship's owner, Athens-based Kestrel Maritime, said it …": a subject that ends in its own named apposition
  return m.apposition || (/,/u.test(text.slice(m.start, m.end)) && /^\s*,\s*$/u.test(between) && /\p{Lu}/u.test(m.source.name ?? '')) ? m : null;
}

/**
 * English "The ship's owner, Athens-based Kestrel Maritime, said": a short definite subject the tables do not know,
 * with a named body or person in the apposition right before the verb; the apposition speaks.
 */
function namedApposition(text: string, tokens: Token[], si: number, ti: number, tables: ClaimTables): Mention | null {
  if (tokens[ti - 1]?.text !== ',' || !tables.sources.definite.includes(lowerOf(tokens[si]!))) return null;
  let open = ti - 2;
  while (open > si && tokens[open]!.text !== ',') open--;
  if (open <= si + 1 || open > si + 4 || tokens.slice(si, open).some((t) => t.kind !== 'word')) return null;
  const a = parseSpeaker(tokens, open + 1, text, tables);
  return a && a.next === ti - 1 && a.source.name && /\p{Lu}/u.test(a.source.name) && (a.source.kind === 'organisation' || a.source.kind === 'person') ? a : null;
}

/** One speaker in the document's history, for resolving "er", "der Beamte", "des US-Beamten". */
export interface Speaker {
  source: ClaimSource;
  roleBase: string | null;
  official: boolean;
}

/**
 * Resolves a pronoun or a definite description to the last fitting speaker; a definite role with a known
 * holder ("der ukrainische Präsident") falls back to that holder. Other mentions stand as they are.
 */
export function resolveMention(m: Mention, history: Speaker[], tables?: ClaimTables): ClaimSource {
  if (m.pronoun) {
    const pronoun = m.source.text ?? '';
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      const person = h.source.kind === 'person' || h.source.kind === 'anonymous_official';
      if (m.personOnly && !person) continue;
      // "er" refers to a man (a person whose role is not a feminine noun); "sie" to a woman, a body or several
      // "Der Verband … Er": a body named with a masculine article may be "er" in German
      // also in the dative: "Dem Mieterbund reicht das nicht. Er verlangt …"
      const masculineBody = !person && /^(?:der|dem|ein|einem)\s/iu.test(h.source.text ?? '') && /^er$/iu.test(pronoun);
      if (/^er$/iu.test(pronoun) && ((!person && !masculineBody) || isFeminineRole(h.source.role))) continue;
      // English role nouns have no gender, except the -man/-woman compounds ("spokeswoman", "chairman"); "he" and
      // "she" are one person, not "officials" (a plural role)
      if (/^(?:he|she)$/iu.test(pronoun) && (!person || /(?<![su])s$/iu.test(h.source.role ?? ''))) continue;
      if (/^he$/iu.test(pronoun) && /woman(?:\s|$)/iu.test(h.source.role ?? '')) continue;
      if (/^she$/iu.test(pronoun) && /(?<!wo)man(?:\s|$)/iu.test(h.source.role ?? '')) continue;
      // "it" is a body, never a person
      if (/^it$/iu.test(pronoun) && person) continue;
      if (/^sie$/iu.test(pronoun) && person && isMasculineRole(h.source.role) && history.some((x) => x !== h && !(x.source.kind === 'person' && isMasculineRole(x.source.role)))) continue;
      if (/^(?:sein|his)/iu.test(pronoun) && person && isFeminineRole(h.source.role)) continue;
      return { ...h.source, text: h.source.text };
    }
    return { kind: 'unattributed', text: null, name: null, role: null, organisation: null, country: null };
  }
  const members = m.definite ? membersBody(m, history) : null;
  if (members) return members;
  if (m.source.kind === 'media' && tables) {
    // "das Blatt", "die Zeitung", "the newspaper": a medium by its bare noun is the last medium named before
    const words = (m.source.text ?? '').split(/\s+/u);
    if (words.length === 2 && tables.sources.definite.includes(words[0]!.toLowerCase()) && (tables.sources.mediaNouns ?? []).includes(words[1]!)) {
      for (let i = history.length - 1; i >= Math.max(0, history.length - 8); i--) {
        const h = history[i]!.source;
        if (h.kind === 'media' && h.name && h.name !== words[1]) return { ...h, text: h.text };
      }
    }
  }
  if (m.anaphoricOrg) {
    // "die Behörde", "the ministry", "the group": the last body of the same kind named before
    // "die Hilfsorganisation", "das Hilfswerk", "der Verband": a noun of a body type, not of one body
    // (a compound with a level in front names one body: "der Landesfischereiverband", "der Bundesverband", not "the association")
    const generic = GENERIC_BODY.test(m.source.organisation ?? '') || (BODY_HEAD.test(m.source.organisation ?? '') && !LEVEL_PREFIX.test(m.source.organisation ?? ''));
    const from = Math.max(0, history.length - 8);
    const bt = tables ? compileBodyTypes(tables) : null;
    // only a bare noun after its article and lower-case adjectives ("die zuständige Behörde"), not a body's own
    // name ("the European Union", "the prime minister's office")
    const words = (m.source.text ?? '').split(/\s+/u);
    // (also after a possessive: "ihres Verbands" is a noun of a body type, too)
    const bare = words.length >= 2 && !!tables && (tables.sources.definite.includes(words[0]!.toLowerCase()) || OWN_BODY.test(m.source.text ?? '')) && words.slice(1, -1).every((w) => /^\p{Ll}+$/u.test(w));
    const head = bare ? words[words.length - 1]! : '';
    // "nach Angaben der Behörden", "the authorities said": the unnamed many, not the one office named before
    if (bt?.plural?.test(head) && !words.some((w) => bt.counters?.test(w))) return m.source;
    // "nach Behördenangaben": a compound of the plural body noun is the unnamed many, too
    if (!bare && bt?.plural?.test(m.source.name ?? '') && /^\p{L}+$/u.test(m.source.text ?? '')) return m.source;
    const noun = (m.source.name ?? '').toLowerCase();
    // first the body its own noun names ("das Hilfswerk" → "Kinderhilfswerk Lindenau"), then any named body of its kind
    for (let i = history.length - 1; i >= from; i--) {
      const h = history[i]!;
      if (h.source.kind !== m.source.kind || h.source === m.source) continue;
      const sameBody = !!noun && !!h.source.name && h.source.name !== m.source.name
        && (h.source.name.toLowerCase().includes(noun) || (h.source.text ?? '').toLowerCase().includes(noun));
      if (sameBody) return h.source;
    }
    const types = bt ? bt.types.filter((t) => t.nouns.test(head)).map((t) => t.type) : [];
    if (bt && types.length) return typedAntecedent(m, history, from, types, bt);
    for (let i = history.length - 1; i >= from && generic; i--) {
      const h = history[i]!;
      if (h.source.kind !== m.source.kind || h.source === m.source) continue;
      // "the company" after "the union": an unnamed body of another noun is not what the noun refers to; a government
      // known only by its country ("nach palästinensischen Angaben") is no body a noun of a body type refers to
      const unnamed = !h.source.name || GENERIC_BODY.test(h.source.name) || /^\p{Ll}/u.test(h.source.name) || countryOnly(h.source)
        // "die Gesundheitsbehörde" after "die Armee": an army is no authority
        || (AUTHORITY_NOUN.test(m.source.organisation ?? '') && MILITARY.test(`${h.source.text ?? ''} ${h.source.name}`));
      if (!unnamed && h.source.name !== m.source.name) return h.source;
    }
    return m.source;
  }
  if (m.spokesBody) {
    // only the same body, by its own noun: "Armee" in "Die sudanesische Armee", "Kreis" in "Landkreis Dahme-Spreewald"
    const noun = (m.source.name ?? '').toLowerCase();
    for (let i = history.length - 1; i >= Math.max(0, history.length - 8) && noun; i--) {
      const h = history[i]!.source;
      if (h.kind !== m.source.kind || !h.name || h.name === m.source.name) continue;
      // the noun as the head of a word: "Kreis" is "Landkreis Olpe", not the "Kreisgesundheitsamt" (an office of it)
      if (headNoun(h.name, noun) || headNoun(h.text ?? '', noun)) return h;
    }
    return tables ? spokesBodyByType(m, history, tables) : m.source;
  }
  if (m.group) {
    // "Die Staatsanwaltschaft Kiel ermittelt … Die Ermittler beziffern …": a plural group speaks for the body named before
    for (let i = history.length - 1; i >= Math.max(0, history.length - 6); i--) {
      const h = history[i]!.source;
      if ((h.kind === 'government' || h.kind === 'organisation') && h.name && !countryOnly(h) && h.name !== m.source.name
        && (m.group.test(h.name) || m.group.test(h.text ?? ''))) return h;
    }
    return m.source;
  }
  if (m.bareSpokesperson) {
    // "nach Angaben eines Sprechers" after a body was named: that body's spokesperson
    for (let i = history.length - 1; i >= Math.max(0, history.length - 3); i--) {
      const h = history[i]!;
      if (h.source.kind === 'government' || h.source.kind === 'organisation') return h.source;
    }
    return m.source;
  }
  if (m.definite) {
    const c = m.source.country;
    for (let i = history.length - 1; i >= Math.max(0, history.length - 12); i--) {
      const h = history[i]!;
      if (c && h.source.country && h.source.country !== c) continue;
      const sameRole = m.roleBase !== null && h.roleBase === m.roleBase;
      // an unnamed expert is no official: "der Beamte" does not refer back to "Experten"
      const bothOfficial = m.official && h.source.kind === 'anonymous_official' && h.official;
      // "The official also said": a named official (a person with a public role) spoken of before
      const namedOfficial = m.official && GENERIC_OFFICIAL.test(m.roleBase ?? '') && h.source.kind === 'person' && !!h.source.role && !!h.source.name;
      if (sameRole || bothOfficial || namedOfficial) return h.source;
    }
    if (m.roleBase && c) {
      const holder = PEOPLE.find((p) => p.country === c && p.role === m.roleBase);
      if (holder) return { ...m.source, kind: 'person', name: holder.name };
    }
    if (m.official) return { ...m.source, kind: 'anonymous_official', name: m.source.name ?? 'official (anonymous)' };
  }
  // "Den Schaden beziffert Stromnetz Berlin …" after "der Netzbetreiber Stromnetz Berlin": a name without a role that
  // the text gave a body before is that body, not a person
  if (m.source.kind === 'person' && !m.source.role && m.source.name) {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!.source;
      if ((h.kind === 'organisation' || h.kind === 'government' || h.kind === 'media') && h.name === m.source.name) return h;
    }
  }
  // "Berger begründete …" after "Vorstandschef Karl Berger": a surname alone is the person named in full before
  const name = m.source.kind === 'person' ? m.source.name : null;
  if (name && !name.includes(' ')) {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!.source;
      if (h.kind === 'person' && h.name && h.name.endsWith(` ${name}`)) {
        const role = m.source.role ?? h.role ?? roleOf(history, i, h.name);
        return { ...m.source, name: h.name, role, country: m.source.country ?? h.country };
      }
    }
  }
  return m.source;
}

/**
 * The role of the latest mention before index `before` of the person named `name` that gave one, or null: a later
 * mention by full name without a role ("Ibrahim Kaya sagte") does not take away the role given first.
 */
/**
 * "Die Landesjägerschaft geht von 58 Rudeln aus … Insgesamt schätzen die Jäger …": a plural noun of persons without a
 * name speaks for the body named just before whose name is built from that noun (Jäger → Landesjägerschaft, Bauern →
 * Bauernverband, Ärzte → Ärztekammer): members speak through their association.
 */
function membersBody(m: Mention, history: Speaker[]): ClaimSource | null {
  const noun = m.source.role;
  if (m.source.kind !== 'person' || m.source.name || !noun || /in$/u.test(noun) || !/^\p{Lu}\p{Ll}{2,}(?:er|ern|en|e|n|s)$/u.test(noun)) return null;
  const stem = noun.toLowerCase().replace(/(?:n|en|e|s)$/u, '');
  if (stem.length < 4) return null;
  // "die Lebensretter" → "Lebens-Rettungs-Gesellschaft": an agent noun's verb stem, the name's hyphens left out
  const verbStem = stem.length >= 7 && stem.endsWith('er') ? stem.slice(0, -2) : null;
  for (let i = history.length - 1; i >= Math.max(0, history.length - 4); i--) {
    const h = history[i]!.source;
    const name = (h.name ?? '').toLowerCase();
    if ((h.kind !== 'organisation' && h.kind !== 'government') || name.length <= stem.length + 3) continue;
    if (name.includes(stem) || (verbStem && name.replaceAll('-', '').includes(verbStem))) return h;
  }
  return null;
}

function roleOf(history: Array<{ source: ClaimSource }>, before: number, name: string): string | null {
  for (let i = before - 1; i >= 0; i--) {
    const h = history[i]!.source;
    if (h.kind === 'person' && h.name === name && h.role) return h.role;
  }
  return null;
}

/**
 * `noun` (lower case) is the head of a word of `phrase`, also inflected ("des Landkreises") or in the same
 * spokesperson compound ("ein kongolesischer Militärsprecher"); not a compound's first part ("Kreisgesundheitsamt").
 */
function headNoun(phrase: string, noun: string): boolean {
  let re = HEAD_NOUNS.get(noun);
  if (!re) HEAD_NOUNS.set(noun, (re = new RegExp(`${noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:e?s|en?|n)?(?:sprecher\\p{L}*)?(?!\\p{L})`, 'iu')));
  return re.test(phrase);
}
const HEAD_NOUNS = new Map<string, RegExp>();

/** Nouns of an authority ("Gesundheitsbehörde", "health authority") and of armed forces, which are no authority. */
const AUTHORITY_NOUN = /(?:behörde|authority)$/iu;
const MILITARY = /(?<![\p{L}])(?:Armee|Militär|Streitkräfte|Truppen|army|military|armed forces)(?![\p{L}])/iu;

/** A government known only by its country ("nach ukrainischen Angaben", "US-Schätzungen"): no body, role or person named. */
function countryOnly(s: ClaimSource): boolean {
  return s.kind === 'government' && !s.organisation && !s.role && !!s.country;
}

interface CompiledBodyTypes {
  types: Array<{ type: string; nouns: RegExp; marks: RegExp }>;
  plural: RegExp | null;
  counters: RegExp | null;
}

const compileBodyTypes = cached((t: ClaimTables): CompiledBodyTypes => ({
  types: (t.sources.bodyTypes ?? []).map((b) => ({ type: b.type, nouns: new RegExp(`^(?:${b.nouns})$`, t.nounsCapitalised ? 'u' : 'iu'), marks: new RegExp(b.marks, 'iu') })),
  plural: t.sources.pluralBodies ? new RegExp(`^(?:${t.sources.pluralBodies})$`, t.nounsCapitalised ? 'u' : 'iu') : null,
  counters: t.sources.bodyCounters ? new RegExp(`^(?:${t.sources.bodyCounters})$`, 'iu') : null,
}));

/**
 * "Die Nato … Das Bündnis", "the U.N. children's agency UNICEF … The agency": the last named body whose own phrase
 * shows it is of a type the noun can mean; failing that the last named body of the noun's kind whose type is not known
 * (a firm named by its name alone). A body of another type ("the company" after "the Pollution Control Board") is not meant.
 */
function typedAntecedent(m: Mention, history: Speaker[], from: number, types: string[], bt: CompiledBodyTypes): ClaimSource {
  let untyped: ClaimSource | null = null;
  for (let i = history.length - 1; i >= from; i--) {
    const h = history[i]!.source;
    // a lower-case name is a generic noun ("authority"), unless it is a known body's several words ("coast guard")
    if (h === m.source || (h.kind !== 'organisation' && h.kind !== 'government') || !h.name || (/^\p{Ll}/u.test(h.name) && !/\s/u.test(h.name)) || GENERIC_BODY.test(h.name) || countryOnly(h)) continue;
    if (bt.types.some((t) => t.nouns.test(h.name!))) continue;
    const own = `${h.text ?? ''} ${h.name} ${h.organisation ?? ''}`;
    // "das nationale Katastrophenschutzinstitut … die Behörde": any public body is an authority, whatever its noun
    // an army is no authority, neither by its noun nor as an untyped body
    if (types.includes('authority') && MILITARY.test(own)) continue;
    if (types.includes('authority') && h.kind === 'government' && m.source.kind === 'government') return h;
    const ht = bt.types.filter((t) => t.marks.test(own)).map((t) => t.type);
    if (ht.some((t) => types.includes(t))) return h;
    // "nach Schätzung ihres Verbands": a possessive's own body is of the noun's type or unnamed, never a body of no known type
    if (!ht.length && !untyped && h.kind === m.source.kind && !OWN_BODY.test(m.source.text ?? '')) untyped = h;
  }
  return untyped ?? m.source;
}

/**
 * "Eine Petition der Deutschen Umwelthilfe haben nach Angaben der Organisation …": a bare body noun ("die Organisation",
 * "der Konzern") that no speaker before resolves means a body the text named in passing in the tokens before it (an
 * object or a genitive of the same or the previous sentence): the last one by a proper name of several words, of the
 * noun's kind and of no other body type than the noun's. German only (English reads capitalised runs, antecedent.ts).
 */
export function bodyNamedInPassing(m: Mention, tokens: Token[], before: number, text: string, tables: ClaimTables): ClaimSource | null {
  // ("ihres Verbands" is the speakers' own body, never one named in passing)
  if (!tables.nounsCapitalised || !m.anaphoricOrg || OWN_BODY.test(m.source.text ?? '')) return null;
  const words = (m.source.text ?? '').split(/\s+/u);
  if (words.length < 2 || !tables.sources.definite.includes(words[0]!.toLowerCase()) || !words.slice(1, -1).every((w) => /^\p{Ll}+$/u.test(w))) return null;
  const head = words[words.length - 1]!;
  const bt = compileBodyTypes(tables);
  // "nach Angaben der Behörden": the unnamed many, not one body named before
  if (bt.plural?.test(head)) return null;
  const types = bt.types.filter((t) => t.nouns.test(head)).map((t) => t.type);
  // only a noun of a body type ("der Konzern", "die Organisation"), not a body's own compound ("der Weltgesundheitsorganisation")
  if (!types.length && !GENERIC_BODY.test(head)) return null;
  let found: ClaimSource | null = null;
  for (let k = 0; k < tokens.length && tokens[k]!.end <= before; k++) {
    if (!tables.sources.definite.includes(tokens[k]!.text.toLowerCase())) continue;
    const g = parseSpeaker(tokens, k, text, tables) ?? genericSpeaker(tokens, k, text, tables);
    if (!g || g.pronoun || g.end > before) continue;
    const name = g.source.name ?? '';
    // a proper name: several words ("Deutsche Umwelthilfe") or a body noun with its name ("der Stiftung Kinderglück")
    const proper = /\s/u.test(name) || (g.next - k >= 3 && isCapitalised(tokens[g.next - 1]) && isCapitalised(tokens[g.next - 2]));
    if (g.source.kind !== m.source.kind || !proper || name === m.source.name || GENERIC_BODY.test(name)) continue;
    const own = `${g.source.text ?? ''} ${name}`;
    const ht = bt.types.filter((t) => t.marks.test(own)).map((t) => t.type);
    if (types.length && ht.length && !ht.some((t) => types.includes(t))) continue;
    found = g.source;
    k = g.next - 1;
  }
  return found;
}

/** a body noun after a possessive: "ihres Verbands", "seiner Gewerkschaft", "its union" */
const OWN_BODY = /^(?:seine[mnrs]?|ihre[mnrs]?|its|their)\s/iu;

/**
 * The subject of a sentence when it names a possible speaker ("Kremlin spokesman Dmitry Peskov spoke to
 * reporters."): a later "he" or "the official" may refer to it even though this sentence reports nothing.
 */
export function subjectMention(text: string, sentence: Span, tokens: Token[], tables: ClaimTables): Mention | null {
  const cs = compileSpeech(tables);
  // "Berlin (dpa) – Die Deutsche Bahn hat …": the dateline is no subject; the body after it may speak later
  let i = datelineEnd(tokens, tokenIndexAt(tokens, sentence.start));
  while (i < tokens.length && cs.starters.has(lowerOf(tokens[i]!))) i++;
  const m = i < tokens.length ? parseSpeaker(tokens, i, text, tables) : null;
  if (m) return m.pronoun ? null : m;
  // "Der Landrat Peter Huber besuchte ...": a role no table lists with a full name is a person who may speak later
  const g = i < tokens.length && isArticle(tokens[i]!.text, tables) ? genericSpeaker(tokens, i, text, tables) : null;
  // "Die Verbraucherzentrale Nordland rät …": a body the tables do not know, which a later "sie" or "ein Sprecher" may mean
  // "Dem Deutschen Mieterbund reicht das nicht": a body noun after a capitalised adjective is that body's own name
  const ownName = !!g && g.source.kind !== 'person' && /\s/u.test(g.source.name ?? '');
  // "Der Handelsverband sieht …": a compound body noun may refer back, but names a body of its own kind that may speak
  // later (the caller resolves it first); a bare "Der Verband" does not
  const compound = !!g && !!g.institution && !!g.anaphoricOrg && !GENERIC_BODY.test(g.source.name ?? '') && BODY_HEAD.test(g.source.name ?? '');
  // "Der DLRG reicht das nicht. Sie verlangt …": a body's letters after an article name it, as subject or dative topic
  const acronym = !!g && g.source.kind === 'organisation' && /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(g.source.name ?? '') && g.next === i + 2;
  if (g && ((g.source.kind === 'person' && g.source.name) || (g.institution && !g.anaphoricOrg) || ownName || compound || acronym)) return g;
  // "Die mit Al-Kaida verbundene Gruppe JNIM reklamierte …": a named body behind an extended participle
  const p = !g && i < tokens.length && isArticle(tokens[i]!.text, tables) ? pastParticiple(tokens, i, text, tables) : null;
  return p && p.source.kind !== 'person' && p.source.kind !== 'unattributed' && !p.anaphoricOrg && p.source.name ? p : null;
}

function isArticle(word: string, tables: ClaimTables): boolean {
  const cs = compileSpeech(tables);
  const known = cs.articleWords.get(word);
  return known !== undefined ? known : remember(cs.articleWords, word, cs.articles.has(word.toLowerCase()));
}

/**
 * "nach Polizeiangaben", "laut Behördenangaben": the first part of the compound names the source.
 * The compound is the last word of the frame; its head is cut off by the table's source-noun list.
 */
function compoundSpeaker(tokens: Token[], start: number, end: number, text: string, tables: ClaimTables): Mention | null {
  const k = tokenIndexAt(tokens, start);
  for (let i = k; i < tokens.length && tokens[i]!.end <= end; i++) {
    const w = tokens[i]!.text;
    const m = /^(\p{Lu}[\p{L}]+?)(?:angaben|schätzungen|zahlen|informationen|berichten)$/u.exec(w)
      ?? /^(\p{Lu}[\p{L}]+)-(?:Angaben|Schätzungen|Zahlen|Informationen|Berichten|Daten|Zählung|Zählungen|Statistik|Statistiken|Bilanz|Umfrage|Studie|Erhebung|Analyse|Auswertung|Befragung)$/u.exec(w);
    if (!m) continue;
    const prefix = w.includes('-') ? m[1]! : m[1]!.replace(/s$/u, '');
    const fake: Token[] = [{ start: tokens[i]!.start, end: tokens[i]!.start + prefix.length, text: prefix, kind: 'word', word: undefined }];
    const mm = parseSpeaker(fake, 0, text.slice(0, tokens[i]!.start) + prefix, tables);
    // "nach Unternehmensangaben", "nach Behördenangaben": a generic body noun means the body of its kind named before
    if (mm) return { ...mm, source: { ...mm.source, text: w }, anaphoricOrg: mm.anaphoricOrg || GENERIC_BODY.test(prefix) };
    // "nach US-Schätzungen": a country prefix stands for its government (the caller's country rule)
    const ci = countryIndex(tables.countries);
    if (w.includes('-') && (ci.byPrefix.has(prefix) || ci.byWord.has(prefix))) return null;
    return { start: tokens[i]!.start, end: tokens[i]!.end, next: i + 1, source: { kind: 'organisation', text: w, name: prefix, role: null, organisation: prefix, country: null }, definite: false, pronoun: false, roleBase: null, official: false, anaphoricOrg: GENERIC_BODY.test(prefix) };
  }
  return null;
}

const OFFICIAL = /(?<![\p{L}])(?:offizielle[nr]?|amtliche[nr]?|behördliche[nr]?|official|government)(?![\p{L}])/iu;

/** Possessive determiners in an attribution ("nach seinen Angaben", "by its own count") refer to the last speaker. */
const POSSESSIVE = /(?<![\p{L}])(seine[nmrs]?|ihre[nmrs]?|his|her|its|their)(?![\p{L}])/iu;

function possessiveSpeaker(tokens: Token[], start: number, end: number, text: string, tables: ClaimTables, clauseStart?: number): Mention | null {
  void tables;
  const m = POSSESSIVE.exec(text.slice(start, end));
  if (!m) return null;
  const k = tokenIndexAt(tokens, start + m.index);
  // seine/his: a man or a neuter body (das Ministerium); ihre/their/its: a woman, a body, several; her: a woman
  const w = m[1]!.toLowerCase();
  const pronoun = /^(?:sein|his)/u.test(w) ? 'sein' : w === 'her' ? 'she' : 'sie';
  // "nach Schätzung ihres Verbands", "according to its union": their own body speaks, not they
  const own = ownBody(tokens, k, text, tables);
  if (own) return own;
  const object = clauseStart === undefined || pronoun === 'she' ? null : bodyBeforePossessive(tokens, clauseStart, start + m.index, text, tables, pronoun === 'sein');
  if (object) return object;
  return { start: start + m.index, end: start + m.index + m[1]!.length, next: k + 1, source: { kind: 'unattributed', text: pronoun, name: null, role: null, organisation: null, country: null }, definite: false, pronoun: true, roleBase: null, official: false };
}

/**
 * "ihres Verbands", "seiner Gewerkschaft": a body noun after the possessive at k names the owner's own body, which
 * speaks; it refers back like "der Verband" (to a named body of its type) and stays unnamed otherwise. Null when the
 * word after the possessive is no body's noun.
 */
function ownBody(tokens: Token[], k: number, text: string, tables: ClaimTables): Mention | null {
  const noun = tokens[k + 1];
  if (!noun || !tables.nounsCapitalised || !isCapitalised(noun)) return null;
  const base = institutionNoun(noun.text);
  if (!base) return null;
  const known = parseSpeaker(tokens, k + 1, text, tables);
  const kind = known && (known.source.kind === 'government' || known.source.kind === 'organisation') ? known.source.kind : 'organisation';
  const name = base.charAt(0).toUpperCase() + base.slice(1);
  return { start: tokens[k]!.start, end: noun.end, next: k + 2, source: { kind, text: text.slice(tokens[k]!.start, noun.end), name, role: null, organisation: name, country: null },
    definite: false, pronoun: false, roleBase: null, official: false, anaphoricOrg: true };
}

/**
 * "Die Spülung kostet den Verband nach seiner Schätzung 400.000 Euro": a body named in the possessive's own clause, when
 * the clause does not open with a speaker of its own, is whom "sein"/"ihr" means; nearer than any speaker before. The
 * article must fit the pronoun's gender in German (seine: der/den/dem/des/das; ihre: die/der). Null when none.
 */
function bodyBeforePossessive(tokens: Token[], clauseStart: number, at: number, text: string, tables: ClaimTables, masculine: boolean): Mention | null {
  const from = tokenIndexAt(tokens, clauseStart);
  const to = tokenIndexAt(tokens, at);
  let found: Mention | null = null;
  // "Er bezifferte den Schaden der Stadt nach seiner Schätzung": a pronoun or a known speaker opens the clause
  if (from < to && parseSpeaker(tokens, from, text, tables)) return null;
  for (let k = from; k < to; k++) {
    const a = tokens[k]!.text;
    if (!tables.sources.definite.includes(a.toLowerCase())) continue;
    // a noun the tables know as a speaker, or one built as a body's noun ("den Zweckverband"), not any noun ("der Einsatz")
    const known = parseSpeaker(tokens, k, text, tables);
    const generic = known ? null : genericSpeaker(tokens, k, text, tables);
    const g = known ?? (generic && (generic.institution || (generic.source.kind === 'person' && generic.source.name)) ? generic : null);
    if (!g || g.pronoun || g.end > at) continue;
    // a subject opening the clause is a speaker of its own: the speaker history resolves the pronoun as before
    if (k === from && g.source.kind !== 'unattributed') return null;
    if (g.source.kind !== 'organisation' && g.source.kind !== 'government') continue;
    if (tables.nounsCapitalised) {
      const head = tokens[g.next - 1]?.text ?? '';
      const feminine = /^(?:die)$/iu.test(a) || (/^der$/iu.test(a) && FEMININE_BODY.test(head));
      if (masculine === feminine || (!masculine && /^(?:den|dem|des|das)$/iu.test(a))) continue;
    }
    found = g;
    k = g.next - 1;
  }
  return found;
}

/** German body nouns of feminine gender (their possessive is "ihr"): die Behörde, die Kammer, die Regierung */
const FEMININE_BODY = /(?:ung|schaft|ion|heit|keit|ei|behörde|kammer|stadt|gemeinde|organisation|initiative|agentur|bahn|klinik|kette|firma|wacht|wehr|hilfe|allianz|partei|fraktion|kommission|zentrale|gruppe)$/u;

/**
 * "…, sagte dem Nordwest-Echo, …": the dative after a verb of saying is who was told, never who speaks. Returns the
 * token index after such an audience phrase at k (or k when there is none).
 */
function skipAudience(tokens: Token[], k: number, text: string, tables: ClaimTables, cs: CompiledSpeech, entry: ReportingVerb): number {
  const t = tokens[k];
  if (!t || !(cs.audience.has(t.text) || entry.audience || feminineDative(tokens, k, tables))) return k;
  let a = k;
  if (t.text === 'gegenüber') a++;
  const m = parseSpeaker(tokens, a, text, tables) ?? genericSpeaker(tokens, a, text, tables);
  return m ? m.next : k;
}

/**
 * "Oberstaatsanwältin Karla Berger von der Staatsanwaltschaft Kiel", "das Gesundheitsamt des Landkreises": the body a
 * speaker belongs to, after the speaker phrase. Returns the token index after it (or k when there is none).
 */
function skipAffiliation(tokens: Token[], k: number, text: string, tables: ClaimTables): number {
  const t = tokens[k];
  if (!t || !AFFILIATION.test(t.text) || feminineDative(tokens, k, tables)) return k;
  const from = /^(?:des|der)$/u.test(t.text) ? k : k + 1;
  const m = parseSpeaker(tokens, from, text, tables) ?? genericSpeaker(tokens, from, text, tables);
  // "die Partei von Ministerpräsidentin X": a von-phrase naming a person is a possessor, not the speaker's body
  if (!m || m.pronoun || (m.source.kind === 'person' && /^(?:von|vom)$/u.test(t.text))) return k;
  const b = bracketEnd(tokens, m.next);
  return b > 0 ? b + 1 : m.next;
}

/**
 * A single capitalised word opening a verb-second clause is a speaker only when it is certainly a name: an acronym
 * ("WFP meldete"), or a word the text used earlier inside a sentence ("der Gewerkschaft Verdi … Verdi fordert").
 * Sentence adverbs ("Zudem", "Insgesamt") never stand inside a sentence capitalised, so they are not taken.
 */
function knownBareName(text: string, sentence: Span, tokens: Token[], ci: number, tables: ClaimTables, cs: CompiledSpeech): Mention | null {
  const t = tokens[ci]!;
  const w = t.text;
  if (!isCapitalised(t) || w.length < 3 || cs.figureNouns.has(w) || tables.speech.anaphora.includes(w) || tables.speech.pronouns.includes(w) || isArticle(w, tables)) return null;
  if (cs.starters.has(w.toLowerCase()) || cs.fillers.has(w)) return null;
  const acronym = /^[\p{Lu}\d]{2,}$/u.test(w);
  let before: string | null = null;
  if (!acronym) {
    // the last earlier use of the word after another word on the same line ("… Gewerkschaft Verdi …")
    const floor = Math.max(0, sentence.start - 4000);
    for (let at = text.lastIndexOf(w, sentence.start - 1); at > floor && !before; at = text.lastIndexOf(w, at - 1)) {
      if (text[at - 1] !== ' ' || /\p{L}/u.test(text[at + w.length] ?? '')) continue;
      const m = /(\p{L}+)$/u.exec(text.slice(Math.max(0, at - 40), at - 1));
      if (m) before = m[1]!;
    }
    // only opening the sentence: after a quote or a comma a bare word before the verb is a speaker's surname ("…,“ Lane said)
    if (!before && !(ci === tokenIndexAt(tokens, sentence.start) && loneOrganisation(text, tokens, ci, tables, cs))) return null;
  }
  const g = genericSpeaker(tokens, ci, text, tables);
  if (!g) return null;
  // "Verdi fordert …" with no earlier use: a name standing alone before a singular verb names a body
  if (!before) return { ...g, source: { ...g.source, kind: acronym && g.source.kind !== 'person' ? g.source.kind : 'organisation', name: w, role: null, organisation: w } };
  // "des Kinderhilfswerks Medisol", "die Gewerkschaft Verdi": named after a body noun or an article, it is a body
  const body = acronym || !!institutionNoun(before!) || isArticle(before!, tables) || /^\p{Ll}/u.test(before!);
  const kind = body ? (g.source.kind === 'person' ? 'organisation' : g.source.kind) : 'person';
  return { ...g, source: { ...g.source, kind, name: w, role: null, organisation: body ? w : null } };
}

/**
 * "Greenpeace kritisierte", "Verdi fordert": a lone capitalised word the text has not used before is a body's name
 * when its verb is singular (a plural verb goes with a common noun: "Nachbarn fordern"), the word is no sentence
 * adverb ("Insgesamt fordert …") and no subject follows the verb ("Insgesamt fordert die Stadt").
 */
function loneOrganisation(text: string, tokens: Token[], ci: number, tables: ClaimTables, cs: CompiledSpeech): boolean {
  const bare = tables.speech.bareName;
  if (!bare) return false;
  const w = tokens[ci]!.text;
  const verb = tokens[ci + 1];
  const re = bareNameRegexes(bare);
  if (!verb || re.pluralVerb.test(verb.text) || bare.adverbs.includes(w.toLowerCase())) return false;
  if (re.pluralNoun && re.pluralNoun.test(w)) return false;
  if (!/^\p{Lu}\p{Ll}+$|^[\p{Lu}\d]{2,}$/u.test(w) || /(?:ung|heit|keit|ion)$/u.test(w)) return false;
  const after = tokens[ci + 2];
  if (after && (tables.speech.pronouns.includes(after.text) || parseSpeaker(tokens, ci + 2, text, tables))) return false;
  return !cs.fillers.has(w.toLowerCase());
}

/** The bare-name table's patterns, compiled once per table (not per call). */
const bareNameRegexes = cached((bare: NonNullable<ClaimTables['speech']['bareName']>): { pluralVerb: RegExp; pluralNoun: RegExp | null } => ({
  pluralVerb: new RegExp(bare.pluralVerb, 'u'),
  pluralNoun: bare.pluralNoun ? new RegExp(bare.pluralNoun, 'u') : null,
}));

/**
 * An article, then a prepositional phrase closed by a participle or adjective ("der in Kiel ansässigen",
 * "der von der Miliz kontrollierten"), then the noun: the speaker phrase without the insertion.
 */
function pastParticiple(tokens: Token[], k: number, text: string, tables: ClaimTables): Mention | null {
  if (!INSERTION_START.test(tokens[k + 1]?.text ?? '')) return null;
  for (let p = k + 2; p < tokens.length && p <= k + 8; p++) {
    const t = tokens[p]!;
    if (t.kind !== 'word') return null;
    // "der von der islamistischen Hamas kontrollierten Behörde": an adjective inside the insertion does not close it
    if (!INSERTION_END.test(t.text) || !isCapitalised(tokens[p + 1]) || INSERTION_END.test(tokens[p + 2]?.text ?? '')) continue;
    const spliced = [...tokens.slice(0, k + 1), ...tokens.slice(p)];
    const m = parseSpeaker(spliced, k, text, tables) ?? genericSpeaker(spliced, k, text, tables);
    if (!m) return null;
    return { ...m, next: m.next + (p - k - 1), source: { ...m.source, text: text.slice(m.start, m.end) } };
  }
  return null;
}

const INSERTION_START = /^(?:in|im|am|an|von|vom|seit|bei|beim|aus|für|mit|unter|auf)$/u;
/** A participle or adjective in an inflected form that closes an insertion: kontrollierten, ansässigen, zuständigen. */
const INSERTION_END = /^\p{Ll}+(?:t|nd|ig|isch|ässig|lich|en)(?:e|en|er|es|em)$/u;

/** What is said, not who says it: "den Angaben zufolge" names no speaker. */
const STATEMENT_NOUN = /^(?:Angaben|Informationen|Zahlen|Daten|Schätzungen|Berichten|Worten|Darstellung|Einschätzung|Erkenntnissen|Aussagen)$/u;

/** Dative pronouns before "zufolge", read as the nominative they stand for. */
const DATIVE_PRONOUN: Record<string, string> = { ihm: 'er', ihr: 'sie', ihnen: 'sie' };

/** A name set off by commas: ", Ivan Petrenko," (up to four capitalised words). */
const NAME_APPOSITION = /^,\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\s*,/u;

/** An apposition between a subject and its verb: ", a state-funded body," / ", eine unabhängige Stelle,". */
const APPOSITION = /^\s*,\s*(?:a|an|the|ein|eine)\s[^,;:„“"«»]{1,60},\s*$/u;

/** A relative clause between a subject and its verb: ", der anonym bleiben wollte," / ", who asked not to be named,". */
const RELATIVE_CLAUSE = /^\s*,\s*(?:der|die|das|dem|den|deren|dessen|welche[rsm]?|who|which|whose)\s[^,;:„“"«»]{1,120},\s*$/u;

/** "Die Gewerkschaft der Lokführer (GDL)": the acronym in brackets that closes a body's phrase is its short name. */
function withAcronym(m: Mention, tokens: Token[], end: number): Mention {
  const a = tokens[end - 2];
  if (m.source.kind === 'person' || tokens[end - 1]?.text !== ')' || tokens[end - 3]?.text !== '(' || !a || !/^\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*$/u.test(a.text)) return m;
  return { ...m, source: { ...m.source, name: a.text, organisation: a.text } };
}

const AFFILIATION = /^(?:von|vom|des|der|beim|im|of|at)$/u;

/**
 * "die Beobachtermission für Menschenrechte in der Region Nord hat … registriert": a für-complement of the subject,
 * with a place after it, lies between the subject and its auxiliary or verb. Returns the index after it, or k.
 */
function skipComplement(tokens: Token[], k: number, tables: ClaimTables, cs: CompiledSpeech): number {
  if (!tables.sources.complementPrepositions?.includes(tokens[k]?.text ?? '') || !isCapitalised(tokens[k + 1])) return k;
  let e = k + 1;
  while (e < k + 4 && isCapitalised(tokens[e])) e++;
  return skipPlace(tokens, e, cs);
}

/** "in Genf", "in der Ukraine": a place phrase (preposition, optional article, capitalised words); the index after it. */
function skipPlace(tokens: Token[], k: number, cs: CompiledSpeech): number {
  // "das Unternehmen mit Sitz in Monheim": words that open the seat before its place preposition
  const seat = cs.seatWords.find((w) => w.every((x, n) => tokens[k + n]?.text === x));
  if (seat && cs.placePrepositions.has(tokens[k + seat.length]?.text ?? '')) {
    const e = skipPlace(tokens, k + seat.length, { ...cs, seatWords: [] });
    return e > k + seat.length ? e : k;
  }
  if (!cs.placePrepositions.has(tokens[k]?.text ?? '')) return k;
  let e = k + 1;
  if (cs.articles.has(tokens[e]?.text ?? '') && /^(?:der|dem|the)$/u.test(tokens[e]!.text)) e++;
  if (!isCapitalised(tokens[e])) return k;
  while (e < k + 5 && isCapitalised(tokens[e])) e++;
  return e;
}

/** Only filler words (time words, particles) in tokens[from, to). */
function onlyFillers(tokens: Token[], from: number, to: number, cs: CompiledSpeech): boolean {
  // "in der Nacht zum Montag": a time phrase of up to six words
  // "am Donnerstag in Berlin": also one place phrase among the time words (where the speaker spoke)
  if (from >= to || to - from > 10) return false;
  let fillers = 0;
  let place = false;
  for (let k = from; k < to; k++) {
    const e = place ? k : skipPlace(tokens, k, cs);
    if (e > k && e <= to) {
      place = true;
      k = e - 1;
    } else if (cs.fillers.has(tokens[k]!.text)) fillers++;
    else return false;
  }
  return fillers <= 6;
}

/**
 * "sagte der Nachrichtenagentur AP": after a verb of saying, "der" before a feminine media noun is a dative
 * (the nominative would be "die"), so the outlet is the audience, not the speaker.
 */
function feminineDative(tokens: Token[], k: number, tables: ClaimTables): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  void tables;
  // also a woman told: "sagte der Ministerin" (a feminine noun of a person, -in)
  return !!t && !!n && t.text === 'der' && (/(?:agentur|zeitung|zeitschrift|redaktion|illustrierte)$/iu.test(n.text) || /^\p{Lu}\p{Ll}{3,}(?:er|ent|ist|ant|or|eur|at)in$/u.test(n.text));
}

/** Nothing but time words, particles and punctuation between a speaker phrase and the end of its clause. */
function closesClause(tokens: Token[], from: number, clause: Span, cs: CompiledSpeech, particle?: RegExp, phrases = false): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.start < clause.end; k++) {
    const pp = phrases ? prepositionalPhraseEnd(tokens, k) : k;
    if (pp > k) {
      k = pp - 1;
      continue;
    }
    // "teilte die Mission in Genf mit": where the speaker spoke does not open new content
    const p = skipPlace(tokens, k, cs);
    if (p > k) {
      k = p - 1;
      continue;
    }
    // "sagte Stadtrat Paul Kessler (SPD)": a party or acronym in brackets belongs to the speaker
    const b = bracketEnd(tokens, k);
    if (b > k) {
      k = b;
      continue;
    }
    const t = tokens[k]!;
    if (t.kind === 'punct' || t.kind === 'quote' || t.kind === 'number' || cs.fillers.has(t.text) || particle?.test(t.text)) continue;
    return false;
  }
  return true;
}

/** "auf der Mitgliederversammlung", "bei einer Pressekonferenz": a preposition, lower-case words, a noun; the index after it, or k. */
function prepositionalPhraseEnd(tokens: Token[], k: number): number {
  if (!CIRCUMSTANCE_PREPOSITION.test(tokens[k]?.text ?? '')) return k;
  for (let e = k + 1; e < tokens.length && e <= k + 4; e++) {
    if (isCapitalised(tokens[e])) return e + 1;
    if (tokens[e]!.kind !== 'word' || !/^\p{Ll}+$/u.test(tokens[e]!.text)) return k;
  }
  return k;
}
// German and English ("in" serves both)
const CIRCUMSTANCE_PREPOSITION = /^(?:auf|bei|beim|in|im|an|am|vor|nach|während|gegenüber|zum|zur|at|on|during|before|after)$/u;

/** Prepositions that open a fronted phrase before a verb-second verb ("Für das Jahr rechnet …", "Im Herbst erwartet …"). */
const FRONT_PREPOSITION = /^(?:Für|Im|In|Am|An|Nach|Bei|Seit|Vor|Zum|Zur|Ab|Bis|Trotz|Wegen|Angesichts)$/u;

/**
 * The subject after the first auxiliary between tokens ci and ti ("hatte Russland … gesprochen"), past filler words;
 * not an audience ("hatte der Zeitung gesagt") and ending before the participle. Only the first words after the
 * auxiliary are tried: an object there ("hatte die Zahl … genannt") is no speaker the tables know.
 */
function subjectAfterAuxiliary(tokens: Token[], ci: number, ti: number, text: string, tables: ClaimTables, cs: CompiledSpeech): Mention | null {
  let ai = ci;
  while (ai < ti && !cs.auxiliaries.has(tokens[ai]!.text)) ai++;
  if (ai >= ti - 1) return null;
  let k = ai + 1;
  while (k < ti && cs.fillers.has(tokens[k]!.text) && !isArticle(tokens[k]!.text, tables)) k++;
  if (k >= ti || cs.audience.has(tokens[k]!.text) || feminineDative(tokens, k, tables) || OBJECT_ARTICLE.test(tokens[k]!.text)) return null;
  const m = parseSpeaker(tokens, k, text, tables) ?? (isArticle(tokens[k]!.text, tables) ? genericSpeaker(tokens, k, text, tables) : null);
  return m && m.end <= tokens[ti]!.start ? m : null;
}

/** `name` stood before `before` right after a body noun ("der Netzbetreiber Stromnetz Berlin", "des Konzerns Acme"). */
function namedAsBodyBefore(text: string, before: number, name: string): boolean {
  for (let at = text.lastIndexOf(name, before - 1), n = 0; at > 0 && n < 4; at = text.lastIndexOf(name, at - 1), n++) {
    const noun = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (noun && institutionNoun(noun[1]!)) return true;
  }
  return false;
}

/** A surname that the text named with a first name before ("Carsten Wöhrle … Wöhrle"), within the last 4,000 characters. */
function fullNameBefore(text: string, before: number, surname: string): boolean {
  const floor = Math.max(0, before - 4000);
  for (let at = text.lastIndexOf(surname, before - 1); at > floor; at = text.lastIndexOf(surname, at - 1)) {
    if (/\p{L}/u.test(text.charAt(at + surname.length))) continue;
    if (/\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** Bodies named by a generic noun, which may refer to any body of their kind named before. */
const GENERIC_BODY = /^(?:Behörden?|authorities|authority|agency|Organisation|organisation|organization|group|Gruppe|Institut|institute|Unternehmen|company|union|Gewerkschaft|Verband|association)$/u;
/** Compounds with a body head ("Hilfsorganisation", "Hilfswerk", "Rettungsverband"): a type of body, which may refer back. */
/** a body noun compounded with the level it works at names one body of that level */
const LEVEL_PREFIX = /^(?:Landes|Bundes|Kreis|Bezirks|Europa|Welt)\p{Ll}/u;
const BODY_HEAD = /^\p{Lu}\p{Ll}+(?:organisation|werk|verband|verein|bund|dienst|stiftung|gesellschaft|unternehmen|konzern|behörde)$/u;
/** Official roles general enough to refer back to any named office holder ("der Beamte", "the official"). */
const GENERIC_OFFICIAL = /^(?:Beamter|official|Vertreter|Offizielle)$/u;

function isFeminineRole(role: string | null): boolean {
  return !!role && /(?:in|innen)(?:\s|$)/u.test(role.split(' ')[0]!) && !/^(?:Kremlin|Berlin)/u.test(role);
}

function isMasculineRole(role: string | null): boolean {
  return !!role && /^\p{Lu}/u.test(role) && !isFeminineRole(role) && !/(?:e|en)$/u.test(role.split(' ')[0]!);
}

/**
 * "…, wie der Drogenbeauftragte der Bundesregierung, Jonas Wehrle, am Mittwoch in Berlin mitteilte": a verb-final
 * as-clause whose speaker has a name apposition. The commas of the apposition cut the verb's clause down to time and
 * place words; the speaker phrase (with its name) starts right after the as-word before them and ends at the comma
 * before the verb's clause. Null when anything else stands between.
 */
function asClauseApposition(text: string, sentence: Span, tokens: Token[], clause: Span, ti: number, tables: ClaimTables, cs: CompiledSpeech): Mention | null {
  const ci = tokenIndexAt(tokens, clause.start);
  if (clause.start <= sentence.start || tokens[ci - 1]?.text !== ',') return null;
  // only time and place words before the verb in its clause
  let k = ci;
  while (k < ti) {
    const place = skipPlace(tokens, k, cs);
    if (place > k) k = place;
    else if (cs.fillers.has(tokens[k]!.text)) k++;
    else break;
  }
  if (k !== ti) return null;
  // the as-word: a comma (or the sentence start) before it, within a speaker phrase's reach of the verb
  const s0 = tokenIndexAt(tokens, sentence.start);
  for (let w = ci - 2; w >= Math.max(s0, ci - 20); w--) {
    const t = tokens[w]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') return null;
    if (!cs.asClause.has(t.text) || (w > s0 && tokens[w - 1]!.text !== ',')) continue;
    const m = parseSpeaker(tokens, w + 1, text, tables) ?? genericSpeaker(tokens, w + 1, text, tables);
    // the phrase runs up to the comma that closes the apposition; a named person only (", Jonas Wehrle,")
    return m && m.next === ci - 1 && m.source.kind === 'person' && !!m.source.name ? m : null;
  }
  return null;
}

/**
 * "Der örtliche Versorger, die Stadtwerke Hagenbrück, erklärte …", "Der Betreiber, die Gesellschaft Sarpi
 * Infrastrutture, wies das zurück": a sentence's subject that is a generic body noun, set off with the named body in
 * apposition between commas right before the verb. The named body speaks (German: a capitalised apposition with an
 * article; English has its own apposition reading in the speaker parser).
 */
function appositiveBodySubject(text: string, tokens: Token[], si: number, ti: number, subject: Mention | null, tables: ClaimTables): Mention | null {
  if (!tables.nounsCapitalised) return null;
  const head = subject ?? (isArticle(tokens[si]!.text, tables) ? genericSpeaker(tokens, si, text, tables) : null);
  if (!head || !isBody(head.source) || tokens[head.next]?.text !== ',') return null;
  const a = head.next + 1;
  if (!isArticle(tokens[a]?.text ?? '', tables)) return null;
  const ap = parseSpeaker(tokens, a, text, tables) ?? genericSpeaker(tokens, a, text, tables);
  // the apposition names the body: a name of its own, not another bare noun of a type ("die Firma")
  if (!ap || !isBody(ap.source) || !ap.source.name || ap.anaphoricOrg || ap.source.name === head.source.name) return null;
  if (!/\s/u.test(ap.source.name) && ap.next - a < 3) return null;
  return tokens[ap.next]?.text === ',' && ap.next + 1 === ti ? ap : null;
}

/**
 * English "JA Zen-Noh, the national federation of …, said", "Kestrel Partners, a consultancy, said": up to four
 * capitalised words opening the sentence, then an apposition whose head is a body noun right before the verb: the
 * words are that body's name (a name no table knows would read as a person's).
 */
function nameOfBodyApposition(text: string, tokens: Token[], si: number, ti: number, clause: Span, tables: ClaimTables): Mention | null {
  if (tables.nounsCapitalised) return null;
  let c = si;
  while (c < ti && c - si < 4 && tokens[c]!.kind === 'word' && isCapitalised(tokens[c])) c++;
  if (c === si || tokens[c]?.text !== ',' || !APPOSITION.test(text.slice(tokens[c]!.start, clause.start))) return null;
  const ap = parseSpeaker(tokens, c + 1, text, tables);
  if (!ap || !isBody(ap.source) || ap.source.role || ap.next >= ti) return null;
  const name = text.slice(tokens[si]!.start, tokens[c - 1]!.end);
  return { ...ap, start: tokens[si]!.start, end: tokens[c - 1]!.end, next: c, anaphoricOrg: false, definite: false,
    source: { kind: ap.source.kind, text: name, name, role: null, organisation: name, country: ap.source.country } };
}

function isBody(s: ClaimSource): boolean {
  return s.kind === 'organisation' || s.kind === 'government';
}

/**
 * "teilte ein Sprecher der Behörde mit" after "die Staatsanwaltschaft Leipzig": the spokesperson of a body named by a
 * noun of its type (Behörde, Unternehmen, Organisation) speaks for the last named body of that type, as the bare noun
 * would ("die Behörde"). A plural noun ("ein Sprecher der Behörden") means the unnamed many.
 */
function spokesBodyByType(m: Mention, history: Speaker[], tables: ClaimTables): ClaimSource {
  const bt = compileBodyTypes(tables);
  const words = (m.source.text ?? '').split(/\s+/u);
  const last = words[words.length - 1]!;
  // "ein Sprecher der Behörde": the noun after its article; "ein Unternehmenssprecher": the body noun of the compound
  const body = m.source.name ?? '';
  const head = words.length >= 3 && tables.sources.definite.includes(words[words.length - 2]!) ? last
    : body && !/\s/u.test(body) && last.toLowerCase().startsWith(body.toLowerCase()) ? body : '';
  if (!head || bt.plural?.test(head)) return m.source;
  const types = bt.types.filter((t) => t.nouns.test(head)).map((t) => t.type);
  if (!types.length) return m.source;
  const h = typedAntecedent(m, history, Math.max(0, history.length - 8), types, bt);
  // "wie ein Unternehmenssprecher sagte" often speaks for a firm only just named in passing: the compound takes a body
  // whose own words show its type, never a body of unknown type named further back
  if (head === last || h === m.source) return h;
  const own = `${h.text ?? ''} ${h.name ?? ''} ${h.organisation ?? ''}`;
  return bt.types.some((t) => types.includes(t.type) && t.marks.test(own)) ? h : m.source;
}

/**
 * "Wegen Betrugs hat die Staatsanwaltschaft Leipzig Anklage erhoben.": after a fronted phrase the subject follows the
 * auxiliary. A named body there is spoken of, so a later "die Behörde" or "ein Sprecher der Behörde" may mean it,
 * though this sentence reports nothing. Only named bodies: a bare type noun ("die Behörde") names no new one.
 */
const DATELINE_MARK = /^[()–—]$/u;
const COMMON_NOUN_ENDING = /^\p{Lu}\p{Ll}+(?:ung|ion|heit|keit|schaft|age|ige|nis|ahme|ität)$/u;

export function invertedBodySubject(text: string, sentence: Span, tokens: Token[], tables: ClaimTables): Mention | null {
  const aux = tables.speech.auxiliaries ?? [];
  const passive = tables.speech.passiveAuxiliaries ?? [];
  const s0 = tokenIndexAt(tokens, sentence.start);
  for (let k = s0 + 1; k < tokens.length && k < s0 + 18 && tokens[k]!.start < sentence.end; k++) {
    const t = tokens[k]!;
    // a dateline before the sentence ("Leipzig (AFP) – Wegen …") is passed over; a comma ends the first clause
    if (t.kind === 'quote' || (t.kind === 'punct' && !DATELINE_MARK.test(t.text))) return null;
    if (!aux.includes(t.text) && !passive.includes(t.text)) continue;
    const a = k + 1;
    if (!isArticle(tokens[a]?.text ?? '', tables)) return null;
    const m = parseSpeaker(tokens, a, text, tables) ?? genericSpeaker(tokens, a, text, tables);
    if (!m || m.anaphoricOrg || m.spokesBody || (m.source.kind !== 'government' && m.source.kind !== 'organisation') || !m.source.organisation) return null;
    // a name of its own: several words ("Staatsanwaltschaft Leipzig") or a body the tables know
    const name = m.source.name ?? '';
    if (!(/\s/u.test(name) || (!!name && !GENERIC_BODY.test(name) && !BODY_HEAD.test(name)))) return null;
    // "hat die Staatsanwaltschaft Leipzig Anklage erhoben": the object follows the subject, and a common noun (by its
    // ending) closing the name is that object, not a part of the name
    const last = tokens[m.next - 1]!;
    if (m.next - a >= 3 && COMMON_NOUN_ENDING.test(last.text) && name.endsWith(` ${last.text}`)) {
      const cut = (v: string | null): string | null => (v && v.endsWith(` ${last.text}`) ? v.slice(0, -last.text.length - 1) : v);
      return { ...m, end: tokens[m.next - 2]!.end, next: m.next - 1, source: { ...m.source, text: cut(m.source.text), name: cut(m.source.name), organisation: cut(m.source.organisation) } };
    }
    return m;
  }
  return null;
}
