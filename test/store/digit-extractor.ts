/**
 * A test double for the claim extractor: every run of digits is a claim. It keeps the store tests independent of
 * the real extraction rules while exercising the same contract (offsets into the exact text, doc id, claim ids).
 * measure: "Tote" after the number → killed, "Verletzte" → wounded, else other; the source is the word after
 * "laut" in the text; the subject country is UA when the text names the Ukraine.
 */
import type { Claim, Measure } from '../../src/core/claim.js';
import type { Document } from '../../src/core/document.js';

export function digitExtractor(variant = ''): (doc: Document) => Claim[] {
  return (doc) => {
    const claims: Claim[] = [];
    const source = /laut (\p{Lu}\p{L}+)/u.exec(doc.text)?.[1] ?? null;
    const country = /Ukraine/.test(doc.text) ? 'UA' : null;
    for (const m of doc.text.matchAll(/\d+/g)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const after = doc.text.slice(end, end + 12);
      const measure: Measure = /^\s*Tote/.test(after) ? 'killed' : /^\s*Verletzte/.test(after) ? 'wounded' : 'other';
      const n = Number(m[0]);
      claims.push({
        id: `${doc.id}#${claims.length + 1}`,
        doc: doc.id,
        text: m[0],
        span: { start, end },
        sentence: { start: 0, end: doc.text.length },
        value: { min: n, max: n, minExclusive: false, maxExclusive: false, approx: false, vague: false, unit: null },
        measure,
        counted: variant || null,
        subject: { text: null, country, kind: null },
        place: null,
        scope: { type: 'unspecified', text: null, from: null, to: null, per: null },
        source: { kind: source ? 'person' : 'unattributed', text: source, name: source, role: null, organisation: null, country: null },
        speech: 'none',
        hedges: [],
      });
    }
    return claims;
  };
}
