/**
 * The time grammar works on tokens, not characters: words (letters, with an inner apostrophe as in "o'clock"),
 * digit runs and single other characters. `sp` records whether whitespace precedes a token, because "15.2."
 * (a date) and "15 . 2" (not one) differ only there. Digits and letters are split ("15ten" → "15" "ten",
 * "3pm" → "3" "pm") and rejoined by rules that ask for tight adjacency.
 */
export interface Tok {
  /** lower-cased text */
  t: string;
  /** original text */
  raw: string;
  s: number;
  e: number;
  kind: 'w' | 'n' | 'p';
  /** whitespace before this token */
  sp: boolean;
}

const TOKEN_RE = /([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\d+)|(\S)/gu;

/** Upper bound on tokens per call: a 1 MB line is scanned in windows by the caller, never all at once. */
export function lex(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = text.slice(0, to);
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const raw = m[0];
    const kind = m[1] !== undefined ? 'w' : m[2] !== undefined ? 'n' : 'p';
    out.push({ t: raw.toLowerCase().replace('’', "'"), raw, s: m.index, e: m.index + raw.length, kind, sp: m.index > prevEnd || m.index === from });
    prevEnd = m.index + raw.length;
  }
  return out;
}
