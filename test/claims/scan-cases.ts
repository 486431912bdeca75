import { getPack } from '../../src/lang/index.js';
import { hasWordMatch, labelledRegex, scanAll, scanAllBy, scanLabelled, wordRegex, type LabelledRegex } from '../../src/claims/pattern.js';

/**
 * Shared by the scan tests and their hang-guard worker: the claim regexes of a language as the engine builds them,
 * a reference scan, and adversarial texts built from a regex's own literal words.
 */

/** every claim regex of a language; a word regex has no labels */
export function claimRegexes(code: string): Array<[string, LabelledRegex<unknown>]> {
  const t = getPack(code).claims;
  const word = (re: RegExp): LabelledRegex<unknown> => ({ re, labels: [] });
  return [
    ['hedges', labelledRegex(t.hedges.terms.map(([h, p]) => [h, p] as const), 'iu')],
    ['measures', labelledRegex(t.measures.terms.map(([m, p]) => [m, p] as const), 'iu')],
    ['verbs', labelledRegex(t.speech.verbs.map((v) => [v, v.pattern] as const), 'u')],
    ['frames', labelledRegex(t.speech.frames.map((f) => [f, f.pattern] as const), 'iu')],
    ['rate', labelledRegex(t.scope.rate.map(([p, per]) => [per, p] as const), 'iu')],
    ['cumulative', word(wordRegex(t.scope.cumulative, 'iu'))],
    ['konjunktiv', word(wordRegex(t.speech.konjunktiv, 'u'))],
    ['hearsay', word(wordRegex(t.speech.hearsay, 'u'))],
    ['disclaimers', word(wordRegex(t.hedges.disclaimers, 'iu'))],
  ];
}

export interface Hit {
  start: number;
  end: number;
  /** label index (-1 for a word regex) */
  label: number;
}

/**
 * The reference scan: the regex as built, searched from where the last match ended, matches inside words dropped.
 * It moves on by a whole character: by one code unit inside a surrogate pair, V8 would search again from the pair
 * and find the same match forever.
 */
export function plainScan(lr: LabelledRegex<unknown>, text: string): Hit[] {
  const out: Hit[] = [];
  const re = new RegExp(lr.re.source, lr.re.flags);
  const step = (i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(text)) !== null) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 1))) {
      re.lastIndex = m.index + step(m.index);
      continue;
    }
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    out.push({ start: m.index, end: m.index + m[0].length, label: lr.labels.length ? g - 1 : -1 });
    re.lastIndex = m[0].length ? m.index + m[0].length : m.index + step(m.index);
  }
  return out;
}

/** Every scan way of the engine on one text, as [way, hits]; a labelled regex also by scanLabelled. */
export function scanEveryWay(lr: LabelledRegex<unknown>, text: string): Array<[string, Hit[] | boolean]> {
  const n = text.length;
  const spans = (a: Array<[number, number]>): Hit[] => a.map(([start, end]) => ({ start, end, label: -1 }));
  const out: Array<[string, Hit[] | boolean]> = [
    ['sticky', spans(scanAllBy('sticky', lr.re, text, 0, n))],
    ['global', spans(scanAllBy('global', lr.re, text, 0, n))],
    ['scanAll', spans(scanAll(lr.re, text, 0, n))],
    ['hasWordMatch', hasWordMatch(lr.re, text, 0, n, () => true)],
  ];
  if (lr.labels.length) out.push(['scanLabelled', scanLabelled(lr, text, 0, n).map((h) => ({ start: h.start, end: h.end, label: lr.labels.indexOf(h.label) }))]);
  return out;
}

/** The reference result in the shape of scanEveryWay (labels only for scanLabelled). */
export function expectedEveryWay(lr: LabelledRegex<unknown>, text: string): Array<[string, Hit[] | boolean]> {
  const hits = plainScan(lr, text);
  const spans = hits.map((h) => ({ start: h.start, end: h.end, label: -1 }));
  // the first label of an equal label object: a label may stand for several table entries
  const labelled = hits.map((h) => ({ ...h, label: lr.labels.indexOf(lr.labels[h.label]) }));
  const out: Array<[string, Hit[] | boolean]> = [['sticky', spans], ['global', spans], ['scanAll', spans], ['hasWordMatch', hits.length > 0]];
  if (lr.labels.length) out.push(['scanLabelled', labelled]);
  return out;
}

/** pieces of text: words of our own news sentences, odd characters at word edges, letters to glue words */
export const SCAN_PIECES = [
  'Nach', 'Angaben', 'der', 'Polizei', 'sollen', 'mindestens', 'Menschen', 'getötet', 'verletzt', 'worden', 'sein',
  'sagte', 'Sprecherin', 'am', 'Montag', 'laut', 'Behörden', 'zufolge', 'Experten-Schätzungen', 'geht', 'von', 'aus',
  'täglich', 'seit', 'Beginn', 'des', 'Krieges', 'Verletzte', 'starben', 'Tote', 'festgenommen', 'habe', 'seien',
  'said', 'officials', 'killed', 'wounded', 'according', 'to', 'estimates', 'by', 'the', 'per', 'day', 'reportedly',
  'SAGTE', 'ſoll', 'Tod', 'x', 'ü', '𝐀', '42', '1.200', '-', '„', '“', '"', ',', '.', ':', '(', ')', '\n', ' ', ' ', ' ',
];

/** letter runs of 2+ letters in a regex source, outside classes and \p{..} (the words it is built from) */
export function literalWords(re: RegExp): string[] {
  const src = re.source.replace(/\\[pP]\{[^}]*\}/gu, ' ').replace(/\[(?:\\.|[^\]])*\]/gu, ' ');
  return [...new Set(src.match(/\p{L}{2,}/gu) ?? [])];
}

const SEPARATORS = [' ', '  ', '-', '\n', ', ', '. '];

/**
 * Texts that make a regex work hard: its literal words, each repeated many times with different separators, glued
 * behind a digit and an astral letter (a match that starts inside a word on a surrogate pair), cut short by one
 * letter (near-misses), and all of the literals in a row.
 */
export function adversarialTexts(re: RegExp, repeat = 30): string[] {
  const words = literalWords(re);
  const out: string[] = [];
  for (const w of words) {
    const sep = SEPARATORS[w.length % SEPARATORS.length]!;
    out.push(Array.from({ length: repeat }, () => w).join(sep));
    out.push(Array.from({ length: repeat }, () => w.slice(0, -1)).join(' ') + ' ' + w);
    out.push(`42${w}𝐀-${w} 7𝐀${w} ${w}𝐀`);
  }
  out.push(words.join(' '), words.join('-'), words.join(''), words.map((w) => `1.200𝐀${w}`).join(' '));
  return out;
}
