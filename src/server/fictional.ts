/**
 * Fictional material is marked in the interface. The demo corpus uses the reserved `.example` top-level domain
 * (RFC 2606) for every URL, and nothing real can live there, so an article under it is fictional by construction.
 */
export function isFictionalUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).hostname.endsWith('.example');
  } catch {
    return false;
  }
}
