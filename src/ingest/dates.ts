/**
 * Publication dates from metadata (ISO 8601, RFC 822 in RSS, plain dates) to ISO 8601. An ISO value is kept
 * as written (its UTC offset carries the local date); other formats become UTC. Unreadable → null.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(' ', 'T');
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString();
}
