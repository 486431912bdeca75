/**
 * The engine version. Stored claims carry the version that produced them; the store re-extracts
 * claims when it changes. Bump it whenever a rule or a language table changes what is extracted.
 */
export const ENGINE_VERSION = '0.1.0';
