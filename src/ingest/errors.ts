/**
 * An input that cannot be read. The message names the input and the cause, so that a batch can report it and
 * go on; `source` is the file path or URL as the user gave it (or the feed item's URL).
 */
export class IngestError extends Error {
  constructor(readonly source: string, readonly cause_: string) {
    super(`${source}: ${cause_}`);
    this.name = 'IngestError';
  }
}

/** The cause of any thrown value, without the source prefix an IngestError already carries. */
export function errorCause(e: unknown): string {
  if (e instanceof IngestError) return e.cause_;
  if (e instanceof Error) return e.message;
  return String(e);
}
