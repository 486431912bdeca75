/**
 * Escaped HTML building. Every page is a string assembled from `html` templates: interpolated values are
 * escaped unless they are themselves `SafeHtml` (the output of another `html` template or of `raw`), so
 * untrusted article text can only ever become text in the page, never markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape for text content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Mark a string as already-safe markup. Only for literals and output this module produced. */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/** Tagged template: literal parts are trusted, interpolations are escaped (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Join pieces with a separator (both escaped unless SafeHtml). */
export function join(items: readonly HtmlValue[], sep: HtmlValue = ''): SafeHtml {
  return new SafeHtml(items.map(render).join(render(sep)));
}
