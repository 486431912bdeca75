import type { PlaceTables, ScopeTables } from '../../claims/tables.js';

/** Where a figure happened (English). */
export const places: PlaceTables = {
  prepositions: ['in', 'near', 'at', 'around', 'outside', 'inside', 'across', 'along'],
  regionNouns: ['region', 'province', 'oblast', 'city', 'town', 'village', 'district', 'area', 'border region', 'peninsula', 'state', 'republic', 'enclave', 'Region', 'Province', 'Oblast'],
  fronts: ['front', 'front line', 'frontline', 'front lines', 'battlefield', 'border'],
  notPlaces: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Kremlin', 'Pentagon'],
};

export const scope: ScopeTables = {
  cumulative: ['so far', 'to date', 'in total', 'in all', 'overall', 'already', 'since the (?:start|beginning|outbreak) of (?:the )?(?:[\\p{L}-]+ ){0,3}(?:war|invasion|conflict|fighting|offensive)', 'since the war began', 'since the invasion began'],
  rate: [['a day|per day|each day|every day|daily|a-day', 'day'], ['a week|per week|each week|every week|weekly', 'week'], ['a month|per month|each month|every month|monthly', 'month'], ['a year|per year|each year|every year|annually|yearly', 'year'], ['an hour|per hour', 'hour']],
};
