import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dominantEvent, eventName } from '../../src/analysis/events.js';
import { words } from '../../src/analysis/words.js';

const kind = (title: string, body: string) => eventName(dominantEvent(words(title), words(body)));

test('the event an article is mostly about, from its nouns and compound endings', () => {
  assert.equal(kind('Waldbrände bei Kelsdorf', 'Das Feuer breitete sich über Nacht aus.'), 'fire');
  assert.equal(kind('Landtagswahl in Rehmhausen', 'Die Partei verlor bei der Wahl deutlich.'), 'election');
  assert.equal(kind('Storm batters coastal towns', 'Flooding closed two roads.'), 'flood');
  // one background mention does not make the kind
  assert.equal(kind('Derby endet 2:1', 'Vor dem Spiel gedachten die Fans der Opfer des Hochwassers.'), null);
  // a word that merely ends like an event noun is none
  assert.equal(kind('Große Auswahl beim Markt', 'Die Auswahl an Ständen war groß, die Zahl der Gäste auch.'), null);
});
