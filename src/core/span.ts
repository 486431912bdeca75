/**
 * A span is a half-open interval [start, end) of UTF-16 code units into a document's text.
 * Every span records the rule that produced it, so that a wrong result can be traced to its rule.
 */
export interface Span {
  start: number;
  end: number;
}

export interface RuleSpan extends Span {
  /** The matched text: always `documentText.slice(start, end)`. */
  text: string;
  /** Name of the rule (or component) that produced the span, e.g. "de/quantity/range-bis". */
  rule: string;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
