import type { TopicTables } from '../../analysis/tables.js';

/** English words for telling news topics apart (folded: lower case, no diacritics). */
export const topicTables: TopicTables = {
  stopwords: `a about after again against all also an and any are as at be because been before being between both but by
can could did do does during each few for from further had has have having he her here hers him his how if in into is it
its itself just more most no nor not now of off on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your said says told according statement monday tuesday wednesday thursday friday
saturday sunday week weeks month year years percent per cent around about several hundred hundreds thousand thousands
two three four five six seven eight nine ten`,
  reporting: `people person persons morning evening night afternoon day days earlier later least including spokesman spokeswoman
spokesperson announced reported confirmed million billion euros dollars new first last`,
  events: {
    attack: ['explosion', 'attack', 'attacks', 'bombing', 'airstrike', 'airstrikes', 'shelling'],
    combat: ['offensive', 'front', 'frontline', 'fighting', 'battle'],
    flood: ['flood', 'floods', 'flooding', 'storm'],
    quake: ['earthquake', 'quake', 'tremor'],
    protest: ['protest', 'protests', 'demonstration', 'demonstrations', 'unrest', 'rally', 'riots', 'riot'],
    budget: ['budget', 'spending'],
    election: ['election', 'elections', 'vote', 'runoff', 'turnout'],
    fire: ['fire', 'fires', 'wildfire', 'wildfires', 'blaze'],
    // not "strike": a missile strike is an attack; the word alone cannot tell the two kinds apart
    strike: ['walkout', 'walkouts', 'strikers'],
  },
  notEvents: [],
  placeGenerics: 'district county province city town village state area region outskirts',
  placePrepositions: ['in', 'near', 'around', 'outside'],
  placeLinkers: ['of', 'around'],
  placeContractions: [],
  articles: ['the'],
  determiners: ['a', 'an', 'this'],
};
