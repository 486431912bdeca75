/**
 * Peer extractors for the ratio in the extraction benchmark, each doing only its part:
 * chrono-node's German parser (time expressions; its English parser for English articles) and
 * de-compromise (number parsing).
 */
import * as chrono from 'chrono-node';
import ldv from 'de-compromise';

export type PeerExtractor = (text: string, language: string, reference: Date) => number;

export const chronoTimes: PeerExtractor = (text, language, reference) =>
  (language === 'en' ? chrono.en : chrono.de).parse(text, reference).length;

export const compromiseNumbers: PeerExtractor = (text) => {
  // .numbers() is where de-compromise finds and parses numbers; .json() forces the parse of each value
  return (ldv(text).numbers().json() as unknown[]).length;
};
