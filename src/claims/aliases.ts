/**
 * Name variants of the same person across spellings and languages: one canonical name per person, so that
 * "Selensky", "Zelensky" and "Selenskyj" are one source in the ledger. Each entry: canonical name, the country
 * the person speaks for, and the surname/full-name variants (German, English, transliterations, genitive -s).
 * This is the only table of people: the cross-article analysis (src/analysis/aliases.ts) derives its person
 * rows from it, so a name added here is known to claim extraction and story matching alike.
 */
export interface PersonEntry {
  name: string;
  country: string;
  role?: string;
  variants: string[];
  /**
   * English spelling of the full name where it differs from `name`. The analysis builds its stable key from it
   * ("person:volodymyr zelensky"), and it is a full-name variant in both places.
   */
  en?: string;
  /**
   * Variants (also listed in `variants`) that are other words or other people too often to link articles on
   * their own: a bare "Kim", "Austin" (the city), "Xi" (a numeral). Claim extraction still reads them, where the
   * speaker position disambiguates; the cross-article analysis leaves them out.
   */
  ambiguous?: string[];
}

export const PEOPLE: PersonEntry[] = [
  { name: 'Wolodymyr Selenskyj', en: 'Volodymyr Zelensky', country: 'UA', role: 'Präsident', variants: ['Volodymyr Zelenskyy', 'Selenskyj', 'Selenskij', 'Selensky', 'Selenski', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyj', 'Zelenskyi'] },
  { name: 'Wladimir Putin', en: 'Vladimir Putin', country: 'RU', role: 'Präsident', variants: ['Putin'] },
  { name: 'Dmitri Peskow', en: 'Dmitry Peskov', country: 'RU', role: 'Kremlsprecher', variants: ['Peskow', 'Peskov'] },
  { name: 'Maria Sacharowa', en: 'Maria Zakharova', country: 'RU', role: 'Sprecherin des Außenministeriums', variants: ['Sacharowa', 'Zakharova'] },
  { name: 'Sergej Lawrow', en: 'Sergei Lavrov', country: 'RU', role: 'Außenminister', variants: ['Lawrow', 'Lavrov', 'Sergey Lavrov'] },
  { name: 'Sergej Schoigu', en: 'Sergei Shoigu', country: 'RU', variants: ['Schoigu', 'Shoigu'] },
  { name: 'Andrej Beloussow', country: 'RU', role: 'Verteidigungsminister', variants: ['Beloussow', 'Belousov'] },
  { name: 'Oleksandr Syrskyj', country: 'UA', role: 'Oberbefehlshaber', variants: ['Syrskyj', 'Syrskyi', 'Syrsky', 'Syrskij'] },
  { name: 'Andrij Sybiha', en: 'Andrii Sybiha', country: 'UA', role: 'Außenminister', variants: ['Sybiha'] },
  { name: 'Dmytro Kuleba', country: 'UA', variants: ['Kuleba'] },
  { name: 'Kyrylo Budanow', country: 'UA', variants: ['Budanow', 'Budanov'] },
  { name: 'Rustem Umjerow', country: 'UA', variants: ['Umjerow', 'Umerov'] },
  { name: 'Kim Jong-un', country: 'KP', variants: ['Kim Jong-un', 'Kim Jong Un', 'Kim Jongun', 'Kim Jong-uns', 'Kim'], ambiguous: ['Kim'] },
  { name: 'Joe Biden', country: 'US', variants: ['Biden'] },
  { name: 'Donald Trump', country: 'US', variants: ['Trump'] },
  { name: 'Antony Blinken', country: 'US', variants: ['Blinken'] },
  { name: 'Lloyd Austin', country: 'US', variants: ['Austin'], ambiguous: ['Austin'] },
  { name: 'John Kirby', country: 'US', variants: ['Kirby'] },
  { name: 'Jake Sullivan', country: 'US', variants: ['Sullivan'] },
  { name: 'Olaf Scholz', country: 'DE', variants: ['Scholz'] },
  { name: 'Boris Pistorius', country: 'DE', variants: ['Pistorius'] },
  { name: 'Annalena Baerbock', country: 'DE', variants: ['Baerbock'] },
  { name: 'Friedrich Merz', country: 'DE', variants: ['Merz'] },
  { name: 'Emmanuel Macron', country: 'FR', variants: ['Macron'] },
  { name: 'Keir Starmer', country: 'GB', variants: ['Starmer'] },
  { name: 'Mark Rutte', country: 'NATO', variants: ['Rutte'] },
  { name: 'Jens Stoltenberg', country: 'NATO', variants: ['Stoltenberg'] },
  { name: 'Ursula von der Leyen', country: 'EU', variants: ['von der Leyen'] },
  { name: 'Nancy Faeser', country: 'DE', variants: ['Faeser'] },
  { name: 'Alexander Dobrindt', country: 'DE', variants: ['Dobrindt'] },
  { name: 'Johann Wadephul', country: 'DE', variants: ['Wadephul'] },
  { name: 'Lars Klingbeil', country: 'DE', variants: ['Klingbeil'] },
  { name: 'Karl Lauterbach', country: 'DE', variants: ['Lauterbach'] },
  { name: 'Frank-Walter Steinmeier', country: 'DE', variants: ['Steinmeier'] },
  { name: 'Steffen Hebestreit', country: 'DE', variants: ['Hebestreit'] },
  { name: 'Marco Rubio', country: 'US', variants: ['Rubio'] },
  { name: 'Pete Hegseth', country: 'US', variants: ['Hegseth'] },
  { name: 'Karoline Leavitt', country: 'US', variants: ['Leavitt'] },
  { name: 'Alexander Lukaschenko', country: 'BY', variants: ['Lukaschenko', 'Lukashenko'] },
  { name: 'Benjamin Netanjahu', en: 'Benjamin Netanyahu', country: 'IL', variants: ['Netanjahu', 'Netanyahu'] },
  { name: 'Yoon Suk-yeol', country: 'KR', variants: ['Yoon', 'Yoon Suk Yeol', 'Yoon Suk-yeol'] },
  { name: 'Xi Jinping', country: 'CN', variants: ['Xi', 'Xi Jinping'], ambiguous: ['Xi'] },
  { name: 'Recep Tayyip Erdoğan', country: 'TR', variants: ['Erdogan', 'Erdoğan'] },
  { name: 'António Guterres', country: 'UN', variants: ['Guterres'] },
  { name: 'Ramsan Kadyrow', country: 'RU', variants: ['Kadyrow', 'Kadyrov'] },
  { name: 'Waleri Gerassimow', en: 'Valery Gerasimov', country: 'RU', variants: ['Gerassimow', 'Gerasimov'] },
  { name: 'Ihor Terechow', en: 'Ihor Terekhov', country: 'UA', variants: ['Terechow', 'Terekhov', 'Igor Terekhov'] },
  { name: 'Oleh Synjehubow', en: 'Oleh Syniehubov', country: 'UA', variants: ['Synjehubow', 'Syniehubov', 'Synehubov'] },
  { name: 'Vitali Klitschko', country: 'UA', variants: ['Klitschko', 'Vitaliy Klitschko'] },
];

/** Last word of every variant and of every canonical name → entry. Genitive "-s" forms resolve too. */
const bySurname = new Map<string, PersonEntry>();
/** Full canonical names and multi-word variants, longest first, for matching at a position. */
const multiWord: Array<[string, PersonEntry]> = [];
for (const p of PEOPLE) {
  for (const v of [...p.variants, p.name, ...(p.en ? [p.en] : [])]) {
    if (v.includes(' ')) multiWord.push([v, p]);
    else bySurname.set(v, p);
  }
  // the canonical surname ("Selenskyj" from "Wolodymyr Selenskyj")
  const last = p.name.split(' ').pop()!;
  if (!bySurname.has(last)) bySurname.set(last, p);
}
multiWord.sort((a, b) => b[0].length - a[0].length);
/** Multi-word variants by their first word (longest first within each), so a position tests only its own word's names. */
const byFirstWord = new Map<string, Array<[string, PersonEntry]>>();
let longestFirstWord = 0;
for (const entry of multiWord) {
  const first = entry[0].slice(0, entry[0].indexOf(' '));
  longestFirstWord = Math.max(longestFirstWord, first.length);
  const list = byFirstWord.get(first);
  if (list) list.push(entry);
  else byFirstWord.set(first, [entry]);
}

/** The person a single word names ("Selensky", "Zelenskyys" → Wolodymyr Selenskyj), or null. */
export function personOfWord(word: string): PersonEntry | null {
  const hit = bySurname.get(word);
  if (hit) return hit;
  if (word.length > 3 && (word.endsWith('s') || word.endsWith("'s"))) {
    return bySurname.get(word.endsWith("'s") ? word.slice(0, -2) : word.slice(0, -1)) ?? null;
  }
  return null;
}

/** A multi-word name starting at text[pos] ("Kim Jong-un", "Wolodymyr Selenskyj"): its length and entry. */
export function personAt(text: string, pos: number): { length: number; person: PersonEntry } | null {
  const space = text.indexOf(' ', pos);
  if (space < 0 || space - pos > longestFirstWord) return null;
  for (const [v, p] of byFirstWord.get(text.slice(pos, space)) ?? []) {
    if (text.startsWith(v, pos)) {
      const after = text.charCodeAt(pos + v.length);
      // whole word only (allow genitive s)
      if (Number.isNaN(after) || !/[\p{L}\p{N}]/u.test(String.fromCharCode(after)) || (after === 0x73 && !/[\p{L}]/u.test(text.charAt(pos + v.length + 1)))) {
        const len = after === 0x73 ? v.length + 1 : v.length;
        return { length: len, person: p };
      }
    }
  }
  return null;
}

/** Canonical name for a written name: a known variant resolves, an unknown name stays as written. */
export function canonicalName(written: string): string {
  const whole = multiWord.find(([v]) => v === written);
  if (whole) return whole[1].name;
  const parts = written.split(/\s+/);
  const p = personOfWord(parts[parts.length - 1]!);
  return p ? p.name : written;
}
