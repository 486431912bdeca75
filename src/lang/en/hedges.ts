import type { HedgeTables } from '../../claims/tables.js';

/** English hedge words; applied to the sentence they stand in (disclaimers to the sentence before as well). */
export const hedges: HedgeTables = {
  terms: [
    ['reported', 'reportedly|allegedly|purportedly|(?:is|are|was|were) said to|(?:media |press |news )?reports (?:said|say|suggest)|unconfirmed reports'],
    ['estimate', 'an estimated|estimated|estimates?|estimating|roughly estimated|by some estimates|assessed'],
    ['preliminary', 'preliminary|initial (?:figures|reports|estimates|data|counts)|early (?:figures|estimates|counts)|provisional(?!\\s+(?:arrest|detention))|provisionally(?!\\s+(?:arrested|detained))'],
    ['unverified', '(?:could|can|cannot|can\'t|couldn\'t) not (?:be )?(?:immediately |independently )?(?:verified|confirmed|verify|confirm)|could not (?:be )?(?:immediately |independently )?(?:verified|confirmed)|not (?:been )?independently verified|unverified|unconfirmed|could not independently verify|cannot independently verify'],
    ['demand', 'demand(?:s|ed|ing)?|call(?:s|ed)? for|urge[sd]?|should|must'],
    ['denial', 'denie[sd]|deny|rejected|dismissed|refuted|false|disputed'],
    ['projection', 'could|might|may|expected to|projected|forecast|likely to|is set to|are set to|will likely|would'],
  ],
  disclaimers: [
    '(?:could|can)(?:not| not|n\'t) (?:be )?(?:immediately |independently )?(?:verified|confirmed|verify|confirm)',
    'not (?:been )?independently (?:verified|confirmed)',
    '(?:could|can)(?:not| not|n\'t) (?:immediately |independently )?(?:verify|confirm)',
  ],
};
