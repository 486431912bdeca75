/**
 * How the story index finds the earlier articles a new one is compared with (see StoryIndex.findCandidates):
 * keywords frequent in the window find none, plain words only add to candidates found otherwise, and an article
 * of a large running story whose names all recur still finds its story. Texts are written for these tests; the
 * towns and people are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/core/document.js';
import { StoryIndex, type StoryIndexOptions } from '../../src/analysis/stories.js';

function doc(id: string, text: string, publishedAt: string, language = 'de') {
  const title = text.slice(0, text.indexOf('\n'));
  return makeDocument(text, { id, title, language, publishedAt }, title.length + 1);
}

const at = (minutes: number) => new Date(Date.UTC(2025, 4, 5, 6) + minutes * 60_000).toISOString();

// forty small events in forty villages of one district: each names its own village and its own official, and all
// of them the district town Veldrun and the district's press office, which say nothing about which event it is
const VILLAGES = ['Aschwil', 'Brehna', 'Dorlach', 'Elmsrode', 'Fahrenhain', 'Gisbach', 'Holtwede', 'Ilmenried', 'Jarsleben', 'Kappelwitz'];
const KINDS = [
  ['Brand', 'Ein Brand zerstörte', 'eine Scheune'],
  ['Unfall', 'Ein Unfall blockierte', 'die Ortsdurchfahrt'],
  ['Einbruch', 'Ein Einbruch traf', 'den Dorfladen'],
  ['Sturm', 'Ein Sturm beschädigte', 'das Gemeindehaus'],
] as const;
const local = (i: number) => {
  const v = `${VILLAGES[i % 10]}${i >= 10 ? ['er Höhe', 'er Feld', 'er Aue'][Math.floor(i / 10) - 1] : ''}`;
  const [kind, verb, what] = KINDS[i % 4]!;
  return `${kind} in ${v.split(' ')[0]}
${verb} in ${v.split(' ')[0]} ${what}. Ortsvorsteher Tamo Wendrich${i} schätzte den Schaden auf ${10 + i * 3} 000 Euro, teilte die Pressestelle des Landkreises in Veldrun mit. Die Kreisverwaltung in Veldrun prüft Hilfen.`;
};

test('a keyword in many articles of the window finds no candidates, and the stories stay what they were', () => {
  const run = (opts: StoryIndexOptions) => {
    const idx = new StoryIndex(opts);
    for (let i = 0; i < 40; i++) idx.add(doc(`v${i}`, local(i), at(i * 30)));
    const before = idx.stats.comparisons;
    idx.add(doc('new', local(40), at(40 * 30)));
    return { idx, comparisons: idx.stats.comparisons - before };
  };
  const limited = run({ markLimit: 10 });
  const unlimited = run({ markLimit: Infinity });
  assert.ok(limited.comparisons < unlimited.comparisons / 2, `${limited.comparisons} vs ${unlimited.comparisons} comparisons`);
  for (let i = 0; i <= 40; i++) {
    const id = i === 40 ? 'new' : `v${i}`;
    const same = (x: StoryIndex) => (i === 0 ? true : x.storyOf(id) === x.storyOf('v0'));
    assert.equal(same(limited.idx), same(unlimited.idx), `article ${id}`);
  }
});

// one flood reported sixty times over three days: every report names the town, the river, the district
// administrator and the flood, so after a few dozen reports all its names are frequent in the window
const STAGES = ['Morgen', 'Mittag', 'Abend', 'Nacht'] as const;
const flood = (i: number) => `Hochwasser in Auelstedt: Lage am ${STAGES[i % 4]}
Das Hochwasser der Weilach hält Auelstedt weiter in Atem. Landrat Jorin Falkenberg sagte, ${100 + i * 7} Keller seien überflutet und ${20 + i} Menschen in Notunterkünften untergebracht. Der Pegel der Weilach in Auelstedt lag bei ${300 + i} Zentimetern. Helfer des Technischen Hilfswerks füllten Sandsäcke am Weilach-Deich.`;

test('a report of a large running story whose names all recur in the window still finds its story', () => {
  // maxDfShare 2: the corpus holds this story only, so every keyword is in all of it (a corpus share rule would
  // skip them all; here the window rule is under test)
  for (const markLimit of [10, 30, Infinity]) {
    const idx = new StoryIndex({ markLimit, maxDfShare: 2 });
    const stories = new Set<string>();
    for (let i = 0; i < 60; i++) stories.add(idx.add(doc(`f${i}`, flood(i), at(i * 72))));
    assert.equal(stories.size, 1, `markLimit ${markLimit}: ${stories.size} stories`);
  }
});

test('plain words alone make no candidate: an article sharing only common words is compared with nothing', () => {
  const idx = new StoryIndex();
  // no capitalised word inside a sentence, no figure, no speaker: nothing language-independent to share
  idx.add(doc('a', 'Talks drag on\nthe talks dragged on for hours and the mood remained tense, according to people present.', at(0), 'en'));
  const before = idx.stats.comparisons;
  idx.add(doc('b', 'Tense mood\nthe mood was tense as the talks dragged on into the night.', at(60), 'en'));
  assert.equal(idx.stats.comparisons - before, 0);
  // one shared name makes the pair a candidate
  idx.add(doc('c', 'Talks drag on\nthe talks with Marlow dragged on and the mood remained tense.', at(90), 'en'));
  const mid = idx.stats.comparisons;
  idx.add(doc('d', 'Tense mood\nthe mood was tense as the talks with Marlow dragged on.', at(120), 'en'));
  assert.ok(idx.stats.comparisons - mid >= 1);
});
