import type { ClaimTables } from '../../claims/tables.js';
import { measures, subjects } from './measures.js';
import { countries } from './countries.js';
import { places, scope } from './places.js';
import { speech } from './speech.js';
import { sources } from './sources.js';
import { hedges } from './hedges.js';

/** English claim tables: assembled from the data files of this folder. */
export const claimTables: ClaimTables = {
  measures,
  subjects,
  countries,
  places,
  scope,
  speech,
  sources,
  hedges,
  nounsCapitalised: false,
  ordinalDeterminers: [],
  notFigures: ['a', 'an', 'one', 'single', 'the'],
};
