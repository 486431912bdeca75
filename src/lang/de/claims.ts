import type { ClaimTables } from '../../claims/tables.js';
import { measures, subjects } from './measures.js';
import { countries } from './countries.js';
import { places, scope } from './places.js';
import { speech } from './speech.js';
import { sources } from './sources.js';
import { hedges } from './hedges.js';

/** German claim tables: assembled from the data files of this folder. */
export const claimTables: ClaimTables = {
  measures,
  subjects,
  countries,
  places,
  scope,
  speech,
  sources,
  hedges,
  nounsCapitalised: true,
  ordinalDeterminers: ['der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ab', 'bis', 'seit', 'jeder', 'jede', 'jedes', 'ihr', 'ihre', 'sein', 'seine', 'seinem', 'ihrem', 'platz', 'rang'],
  notFigures: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'einzige', 'einzigen', 'einzigem', 'einziger'],
};
