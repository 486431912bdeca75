import { StoryIndex } from '/work/main/src/analysis/stories.js';
import { SyndicationIndex } from '/work/main/src/analysis/syndication.js';
import { generateArticles } from '/work/main/test/analysis/generated.js';
for (const N of [1500, 3000, 6000]) {
  const idx = new StoryIndex(); const syn = new SyndicationIndex();
  const t0 = Date.now();
  for (const { doc } of generateArticles(N)) { idx.add(doc); }
  const t1 = Date.now();
  for (const { doc } of generateArticles(N)) { syn.add(doc); }
  const t2 = Date.now();
  console.log(N, 'stories', idx.stats, idx.stories().size, (t1-t0)+'ms', 'syn', syn.stats, (t2-t1)+'ms');
}
