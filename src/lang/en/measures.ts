import type { MeasureTables, SubjectTables } from '../../claims/tables.js';

/** What an English figure counts. Earlier entries win at one position, so phrases come before their parts. */
export const measures: MeasureTables = {
  terms: [
    ['killed', 'death toll|lost their lives|lives|killed|killing|kills|kill|dead|died|die|dies|dying|deaths|fatalities|fatality|bodies|executed|murdered|shot dead|perished|death|toll|heat deaths|claimed the lives of|claiming the lives of'],
    ['wounded', 'wounded|wounding|injured|injuring|injuries|injury|hurt|hurting|wounds|(?:were|was|are|being) (?:being )?treated (?:in|at) (?:a )?(?:local )?hospitals?|treated for (?:injuries|smoke inhalation|burns)|taken to (?:a )?(?:local )?hospitals?|hospitalised|hospitalized'],
    ['killed_or_wounded', 'casualties|casualty|losses|lost|lose|loses|losing|killed or wounded|dead or wounded|victims|put out of action'],
    ['missing', 'missing|unaccounted for|disappeared|whose fate is unknown|fate (?:is |remains )?unknown|never (?:been )?found|(?:have|has|had) not (?:yet )?been found|still being sought|still searching for|searching for|buried|trapped|trapping|remain trapped'],
    ['captured', 'taken hostage|hostages|hostage|abducted|abducting|kidnapped|kidnapping|captured|capturing|taken prisoner|prisoners of war|prisoners|POWs|surrendered|in captivity|held captive|being held'],
    ['deployed', 'deployed|deploy|deploying|deployment|sent|send|sending|stationed|massed|dispatched|mobilized|mobilised|in action|on the front ?lines?|moved to'],
    // crews counted at work: "about 320 firefighters battled the blaze" (unless the clause says they were hurt)
    ['deployed', '(?:firefighters|fire fighters|police officers|policemen|riot police|emergency workers|rescue workers|troopers)(?! (?:\\S+ ){0,3}?(?:killed|injured|hurt|wounded|died|dead|missing|arrested|detained|kidnapped|abducted|shot|hospitali[sz]ed|treated|among))'],
    ['displaced', 'seek(?:ing)? (?:refuge|shelter|safety)|sought (?:refuge|shelter|safety)|take shelter|took shelter|under (?:mandatory )?evacuation orders?|ordered to evacuate|displaced|displacing|fled|flee|fleeing|refugees|evacuated|evacuating|homeless|forced from their homes|crossed the border|crossed into'],
    ['arrested', 'arrested|detained|arrests|detentions|taken into custody|rounded up'],
  ],
  join: ['and', 'or'],
  countHeads: ['number', 'toll', 'total', 'tally', 'count'],
  countLinks: ['of'],
  insertions: ['including', 'among them', 'among whom', 'most of them'],
  partitive: ['of them', 'of whom', 'among them'],
  bareMagnitude: 'billion|million|trillion|bn|mn',
  denominatorLinks: ['of', 'out of'],
  bounds: ['younger than', 'older than', 'under the age of', 'aged', 'age of'],
  estimateTargets: ['at', 'to'],
  countVerbs: /(?:estimat|put |counted|count |reckon|expect|tally)/iu,
  subjectVerbs: ['were', 'had', 'have', 'are', 'remain', 'remained', 'could', 'would', 'will', 'died', 'survived'],
};

export const subjects: SubjectTables = {
  kinds: [
    ['soldiers?|troops|servicemen|servicemembers|service members|fighters|militants|combatants|recruits|mercenaries|marines|paratroopers|conscripts|reservists|personnel|men', 'troops'],
    ['civilians|residents|inhabitants|villagers|passers-by|bystanders', 'civilians'],
    ['children|minors|kids|babies|infants|teenagers', 'children'],
    ['people|persons|individuals', 'people'],
    ['police|policemen|police officers|officers', 'police'],
    ['protesters|demonstrators|activists|protestors', 'protesters'],
    ['journalists|reporters', 'journalists'],
    ['prisoners|detainees|inmates|hostages|captives', 'prisoners'],
    ['refugees|migrants|asylum seekers|evacuees', 'refugees'],
    ['aid workers|medics|doctors|paramedics|rescuers|volunteers', 'aid_workers'],
    ['women', 'women'],
    ['workers|employees|staff|strikers|miners|officials|civil servants', 'workers'],
    ['patients', 'patients'],
    ['students|pupils|schoolchildren', 'students'],
    ['voters|lawmakers|delegates|legislators|MPs', 'voters'],
    ['passengers|travellers|travelers|commuters', 'passengers'],
    ['participants|marchers|attendees|crowd|visitors|spectators', 'participants'],
    ['suspects|attackers|assailants|gunmen', 'suspects'],
  ],
  groups: ['army', 'armies', 'forces', 'troops', 'military', 'militaries', 'units', 'soldiers', 'navy', 'air force', 'ground forces', 'armed forces'],
  ofPrepositions: ['among', 'of', 'for', 'on the side of'],
  notActorPrepositions: ['in', 'into', 'to', 'against', 'for', 'from', 'at', 'with', 'by', 'over', 'near', 'of', 'about', 'on', 'across', 'through', 'toward', 'towards', 'according'],
  notCounted: ['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'times', 'percent', 'per', 'a.m.', 'p.m.'],
  groupLinks: ['from', 'of'],
  notNouns: ['of', 'in', 'on', 'at', 'by', 'for', 'to', 'from', 'with', 'and', 'or', 'but', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'may', 'might', 'more', 'than', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'who', 'which', 'so', 'as', 'since', 'over', 'under', 'during', 'after', 'before', 'into', 'out', 'up', 'down', 'there', 'here', 'it', 'its', 'they', 'their', 'he', 'she', 'his', 'her', 'we', 'our', 'per', 'each', 'every', 'some', 'all', 'last', 'this', 'next', 'said', 'says', 'say', 'according', 'including', 'among', 'about', 'around', 'nearly', 'almost', 'have', 'did', 'do', 'does', 'not', 'no'],
};
