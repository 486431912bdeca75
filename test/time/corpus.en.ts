import type { CorpusCase } from './corpus.de.js';
import { t } from './corpus.de.js';

/**
 * English news phrases → expected values, same reference as the German corpus
 * (Tuesday 2024-12-17 12:00 at UTC+01:00, prefer past). Values worked out by hand.
 */
export const enCorpus: CorpusCase[] = [
  { text: 'Russian forces advanced last week.', span: 'last week', start: t('2024-12-09'), end: t('2024-12-16'), grain: 'week', role: 'period' },
  { text: 'Officials said on Monday that talks failed.', span: 'on Monday', start: t('2024-12-16'), end: t('2024-12-17'), grain: 'day', role: 'point' },
  { text: 'on Tuesday', start: t('2024-12-17'), end: t('2024-12-18'), grain: 'day', role: 'point' },
  { text: 'Since February 2022, thousands have died.', span: 'Since February 2022', start: t('2022-02-01'), end: null, grain: 'month', role: 'cumulative' },
  { text: 'Fighting raged over the weekend.', span: 'over the weekend', start: t('2024-12-13 18:00'), end: t('2024-12-16'), grain: 'hour', role: 'period' },
  { text: 'in the past 10 days', start: t('2024-12-07'), end: t('2024-12-17'), grain: 'day', role: 'period' },
  { text: 'Yesterday the city was shelled.', span: 'Yesterday', start: t('2024-12-16'), end: t('2024-12-17'), grain: 'day', role: 'point' },
  { text: 'Losses run at 1,000 daily.', span: 'daily', start: null, end: null, grain: 'day', role: 'rate', per: 'day' },
  { text: '30 strikes per day', span: 'per day', start: null, end: null, grain: 'day', role: 'rate', per: 'day' },
  { text: 'The vote is on Jan. 20.', span: 'on Jan. 20', start: t('2024-01-20'), end: t('2024-01-21'), grain: 'day', role: 'point' },
  { text: 'January 20, 2025', start: t('2025-01-20'), end: t('2025-01-21'), grain: 'day', role: 'point' },
  { text: 'Earlier this month, 300 soldiers were captured.', span: 'Earlier this month', start: t('2024-12-01'), end: '2024-12-17T12:00:00+01:00', grain: 'day', role: 'period' },
  { text: 'So far, 5,000 have been wounded.', span: 'So far', start: null, end: '2024-12-17T12:00:00+01:00', grain: 'day', role: 'cumulative' },
  { text: 'three days ago', start: t('2024-12-14 12:00'), end: t('2024-12-14 13:00'), grain: 'hour', role: 'point' },
  { text: 'at 3pm on Monday', start: t('2024-12-16 15:00'), end: t('2024-12-16 16:00'), grain: 'hour', role: 'point' },
  { text: 'in October', start: t('2024-10-01'), end: t('2024-11-01'), grain: 'month', role: 'period' },
  { text: 'last month', start: t('2024-11-01'), end: t('2024-12-01'), grain: 'month', role: 'period' },
  { text: 'next week', start: t('2024-12-23'), end: t('2024-12-30'), grain: 'week', role: 'period' },
  { text: 'between Monday and Wednesday', start: t('2024-12-16'), end: t('2024-12-19'), grain: 'day', role: 'period' },
  { text: 'from March 3 to March 5', start: t('2024-03-03'), end: t('2024-03-06'), grain: 'day', role: 'period' },
  { text: 'in 2022', start: t('2022-01-01'), end: t('2023-01-01'), grain: 'year', role: 'period' },
  { text: 'the third quarter', start: t('2024-07-01'), end: t('2024-10-01'), grain: 'quarter', role: 'period' },
  { text: 'since the start of the invasion', start: null, end: null, grain: 'day', role: 'cumulative' },
];

export const enNegatives: string[] = [
  'Theresa May said so.',
  'More than 1,000 soldiers may be deployed.',
  'He sat down.',
  'Call 650-650-6500.',
  'Section 5 applies.',
  'a second opinion',
];
