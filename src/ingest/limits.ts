/** Caps that keep one bad input from exhausting memory or time. Documented in the ingest report/README. */

/** Largest single article (text, HTML page or JSONL line), in bytes: 10 MB. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
/** Largest file holding many articles (JSONL, feed), in bytes: 200 MB; JSONL is streamed line by line. */
export const MAX_BATCH_FILE_BYTES = 200 * 1024 * 1024;
/** Largest HTTP response body, in bytes: 5 MB. */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
/** Time-out for one HTTP request including the body, in milliseconds. */
export const FETCH_TIMEOUT_MS = 15_000;
/** Redirects followed per URL; every hop is re-checked against the address rules. */
export const MAX_REDIRECTS = 5;
/** Feed items fetched per feed (the rest fall back to the item's own content). */
export const MAX_FEED_ITEMS = 200;
