import type { SentenceTables } from '../../text/tables.js';

/** English sentence-splitting data. Abbreviations are written without the final period. */
export const sentenceTables: SentenceTables = {
  // Titles and prefixes: a period after these never ends a sentence.
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Fr', 'Hon', 'Pres', 'Gov', 'Sen', 'Rep', 'Reps', 'Sens', 'Amb',
    'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Brig', 'Supt', 'Insp', 'Det',
    'St', 'Mt', 'Ft', 'Sr', 'Jr', 'Messrs', 'Mme', 'Mlle', 'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'ca', 'est',
    'Atty', 'Dept', 'Univ', 'Assn', 'Bros', 'Gens', 'Govt', 'Sec', 'Secy',
  ],
  // These may close a sentence ("... in the U.S. The ..."): only a typical opener after them splits.
  maybeFinal: [
    'U.S', 'U.K', 'U.N', 'E.U', 'U.S.A', 'D.C', 'a.m', 'p.m', 'etc', 'Inc', 'Ltd', 'Corp', 'Co', 'Bros', 'Ave',
    'Blvd', 'Rd', 'al', 'Ph.D', 'B.A', 'M.A', 'mln', 'bln', 'bn', 'tn', 'mn', 'pct', 'yrs',
  ],
  // "at 9 a.m. Police said": a clock time closes before any capitalised word but a weekday, month or time zone
  clockFinal: ['a.m', 'p.m'],
  clockContinuers: [
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
    'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
    'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST',
    'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'Eastern', 'Central',
    'Pacific', 'Mountain', 'Moscow', 'Kyiv', 'Beijing', 'London', 'Paris', 'Berlin', 'Tokyo', 'New', 'Washington', 'Greenwich',
  ],
  beforeNumber: [
    'No', 'Nos', 'Nr', 'Art', 'Sec', 'Vol', 'pp', 'p', 'Fig', 'Ch', 'Para', 'Rte', 'Pt',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ],
  // English writes ordinals as "1st", "2nd": a number before a period is not an ordinal.
  ordinalTriggers: [],
  ordinalNouns: [],
  continuers: [
    'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'that', 'which',
    'who', 'as', 'than', 'into', 'about', 'over', 'under', 'between', 'its', 'their', 'his', 'her', 'is', 'are', 'was',
    'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'said', 'not',
  ],
  months: [],
  sentenceStarters: [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'There', 'Here',
    'His', 'Her', 'Their', 'Its', 'Our', 'My', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'After', 'Before',
    'During', 'Since', 'Until', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Still', 'Also', 'Then',
    'When', 'While', 'Where', 'What', 'Who', 'Why', 'How', 'If', 'As', 'Although', 'Though', 'Because', 'According',
    'Some', 'Many', 'Most', 'All', 'Several', 'Other', 'Officials', 'One', 'Two', 'No', 'Not', 'Now', 'Today',
    'Yesterday', 'Last', 'Earlier', 'Later', 'Separately', 'Previously', 'Nearly', 'About', 'More', 'Over',
  ],
  nounsCapitalised: false,
};
