/**
 * Invented place names for the village or district where a story happens. Real news names such places,
 * and they are what tells two floods in the same region apart; the country tables alone have too few
 * places for thousands of stories a day.
 */
import { rngFor } from './random.js';

const ONSETS = ['B', 'D', 'G', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'Br', 'Kr', 'St', 'Tr', 'Gr', 'Sch', 'Dr', 'Pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ei', 'au'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 'm', 'nt', 'rk'];
const ENDINGS = ['ow', 'ino', 'ak', 'ara', 'esch', 'ivka', 'ane', 'ur', 'ella', 'ik', 'ingen', 'au', 'ovo', 'ani'];

export function localityName(seed: number, storyKey: number): string {
  const rng = rngFor(seed, 'locality', storyKey);
  let name = '';
  for (let n = rng.int(1, 2); n > 0; n--) name += rng.pick(ONSETS).toLowerCase() + rng.pick(VOWELS) + rng.pick(CODAS);
  name += rng.pick(ENDINGS);
  return name[0]!.toUpperCase() + name.slice(1);
}
