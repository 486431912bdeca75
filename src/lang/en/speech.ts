import type { SpeechTables } from '../../claims/tables.js';

/** Attribution in English: reporting verbs, "according to", "citing", quotes. English has no Konjunktiv. */
export const speech: SpeechTables = {
  verbs: [
    { pattern: 'said|says|say|stated|states', clause: true },
    { pattern: 'told|tells', audience: true, clause: true },
    { pattern: 'learned|learnt', recipient: true },
    { pattern: 'pledged|pledges|promised|promises|unveiled|approved|allocated', act: true },
    { pattern: 'announced|announces|reported|reports|wrote|writes|posted|tweeted' },
    { pattern: 'added|adds|noted|notes|explained|stressed|emphasi[sz]ed|acknowledged|admitted|conceded|warned|claimed|claims|insisted|asserted', clause: true },
    // what a document or data set shows: "a report published by X showed that …", "figures released by X show"
    { pattern: 'showed|shows|show|found|finds', clause: true },
    { pattern: 'confirmed|confirms|revealed|disclosed|indicated|suggested|put|puts|gave|cited|counted|recorded|registered' },
    // "It received 444 complaints", "the agency has received 1,200 applications": a body counts what it was sent
    { pattern: '(?:received|receives|has received|had received)(?= (?:[\\p{L}\\d,.-]+ ){1,4}?(?:complaints|applications|requests|reports|calls|submissions|claims|responses|petitions|appeals|inquiries|enquiries|bids|entries|tips|objections)(?![\\p{L}]))' },
    { pattern: 'denied|denies|rejected|rejects|dismissed|refuted|disputed', hedge: 'denial' },
    { pattern: 'estimated|estimates|estimate|assessed|assesses|believes|believed', hedge: 'estimate' },
    { pattern: 'expects|expected|expect|predicted|predicts|predict|projected|forecast|forecasts', hedge: 'projection' },
    { pattern: 'demanded|demands|demanding|called|calls|calling|urged|urges|urging|seeking|seeks|sought', hedge: 'demand' },
    // a participle clause shares the subject of the sentence: "The company disputed that, saying fewer than 300 had joined"
    { pattern: 'saying|adding|noting|stressing|claiming|insisting', clause: true },
  ],
  frames: [
    { pattern: 'according to (?:preliminary|initial|early) (?:figures|data|estimates|reports|counts|information)(?: from| by)?', speaker: 'after', speech: 'reported', hedge: 'preliminary' },
    { pattern: 'according to(?: (?:the )?(?:latest |official )?(?:figures|data|estimates|reports|a report|information|a statement|statements|an assessment|counts|a tally|a count|an estimate|a survey|surveys|a poll|polls|an analysis|a study)(?: from| by| of)?)?', speaker: 'after', speech: 'reported' },
    { pattern: '(?:media |press |news )?reports (?:said|say|suggest|suggested)', speaker: 'none', speech: 'none', hedge: 'reported' },
    { pattern: 'citing', speaker: 'after', speech: 'reported', relay: true },
    // passive agent: "was estimated by the city at $2 million"
    { pattern: '(?:estimated|put|reported|confirmed|counted|given|recorded) by', speaker: 'after', speech: 'reported' },
    { pattern: 'in a statement (?:from|by|released by|issued by)', speaker: 'after', speech: 'reported' },
    { pattern: '(?:[\\p{L}-]+ )?estimates (?:by|from|of)', speaker: 'after', speech: 'reported', hedge: 'estimate' },
    { pattern: 'by (?:the )?(?:[\\p{L}-]+ )?(?:estimate|count|tally) of', speaker: 'after', speech: 'reported', hedge: 'estimate' },
  ],
  konjunktiv: [],
  hearsay: ['reportedly', 'allegedly', 'purportedly'],
  quotes: [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»']],
  coordinators: ['and', 'but', 'while', 'whereas', 'yet'],
  respondents: { after: 'of (?:the )?(?:respondents|those (?:surveyed|polled|questioned|asked)|(?:people|adults|voters) (?:surveyed|polled|questioned))', survey: '[Ss]urvey|[Pp]oll|[Ss]tudy' },
  gapLinks: ['at', 'of', 'only', 'just', 'even', 'more', 'fewer', 'less', 'than', 'about', 'around', 'nearly', 'almost', 'over', 'least', 'some', 'up', 'to'],
  // "Oxfam estimates", "Greenpeace said": not "Analysts say" (a plural verb or noun), nor a collective or adverb
  bareName: {
    pluralVerb: '(?<![sd])$',
    pluralNoun: 's$',
    adverbs: ['staff', 'police', 'management', 'everyone', 'nobody', 'someone', 'many', 'most', 'some', 'few', 'others', 'both',
      'all', 'none', 'each', 'overall', 'meanwhile', 'however', 'separately', 'earlier', 'later', 'today', 'yesterday', 'now', 'then',
      'also', 'still', 'previously', 'officially', 'publicly', 'privately', 'again', 'instead', 'finally', 'initially', 'ultimately'],
  },
  clauseStarters: ['as', 'and', 'but', 'while', 'after', 'when', 'because', 'since', 'although', 'though', 'so', 'also', 'meanwhile', 'however', 'that'],
  fillers: ['on', 'in', 'at', 'a', 'an', 'the', 'late', 'early', 'earlier', 'later', 'also', 'separately', 'previously', 'last', 'this', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'week', 'weekend', 'month', 'statement', 'interview', 'briefing', 'reporters', 'journalists', 'Telegram', 'X', 'video', 'address', 'evening', 'morning', 'night', 'afternoon', 'told', 'publicly', 'separately', 'recently', 'then', 'again'],
  pronouns: ['he', 'she', 'they', 'it', 'He', 'She', 'They', 'It'],
  complementisers: ['that'],
  asClause: ['as'],
  self: ['own', 'its own', 'their own'],
  audience: [],
  anaphora: ['That', 'This', 'These'],
  placePrepositions: ['in', 'from'],
  auxiliaries: ['has', 'had', 'have'],
  figureNouns: ['cost', 'costs', 'damage', 'toll', 'number', 'total', 'figure', 'share', 'price', 'amount', 'losses'],
};
