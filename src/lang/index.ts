import type { LanguagePack } from './types.js';
import { de } from './de/index.js';
import { en } from './en/index.js';

export type { LanguagePack } from './types.js';

const packs: Record<string, LanguagePack> = { de, en };

export const SUPPORTED_LANGUAGES = Object.keys(packs);

export function getPack(code: string | null | undefined): LanguagePack {
  const pack = packs[code ?? 'de'];
  if (!pack) throw new Error(`no language pack for "${code}" (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
  return pack;
}

/** Every language pack, for the parts of the analysis that read all languages at once. */
export function allPacks(): LanguagePack[] {
  return Object.values(packs);
}

export function hasPack(code: string | null | undefined): boolean {
  return code != null && code in packs;
}
