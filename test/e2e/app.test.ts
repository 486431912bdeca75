/**
 * The web app as a person uses it, in a real headless Chromium: the demo story's ledger, chart and highlights,
 * adding an article through the form, and a hostile article that must render as text.
 * Runs the real pipeline: SQLite store in memory, the ingest layer, claim extraction and analysis.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserMissing, launch, listen } from './browser.js';

const missing = browserMissing();
if (missing) process.stderr.write(`SKIP e2e: ${missing}\n`);

let browser: Browser;
let base: string;
let stop: () => Promise<void>;
let closeStore: () => Promise<void>;

before(async () => {
  if (missing) return;
  const { openStore } = await import('../../src/store/open.js');
  const { loadDemo } = await import('../../src/server/demo.js');
  const { createApp } = await import('../../src/server/app.js');
  const store = await openStore(':memory:');
  const demo = await loadDemo(store);
  assert.deepEqual(demo.failed, [], 'every demo article loads');
  closeStore = () => store.close();
  ({ base, close: stop } = await listen(createApp({ store })));
  browser = await launch();
});

after(async () => {
  if (missing) return;
  await browser?.close();
  await stop?.();
  await closeStore?.();
});

/** A page that fails the test on any CSP violation, page error or dialog (an executed alert()). */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return { page, problems };
}

test('the demo story: ledger table, chart and links to highlighted articles', { skip: missing ?? false }, async () => {
  const { page, problems } = await watchedPage();
  await page.goto(`${base}/`);
  assert.match(await page.title(), /Stories/);
  assert.ok(await page.locator('.fictional').isVisible(), 'the demo is marked as fictional');
  // open the largest story (the flood; how many articles the analysis groups into it is tested in demo.test.ts)
  const rows = page.locator('table.stories tbody tr');
  const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.num')?.textContent)));
  assert.ok(counts.length >= 2, 'the demo has several stories');
  const largest = counts.indexOf(Math.max(...counts));
  await rows.nth(largest).locator('td.title a').click();
  await page.waitForSelector('table.ledger');
  const ledgerRows = await page.locator('table.ledger tbody tr').count();
  assert.ok(ledgerRows >= 5, `the ledger lists the claims (${ledgerRows} rows)`);
  assert.ok(await page.locator('.fictional').isVisible(), 'the story page is marked as fictional too');
  const firstRow = page.locator('table.ledger tbody tr').first();
  assert.match(await firstRow.locator('td.figure').innerText(), /\d/);
  assert.ok((await firstRow.locator('td').nth(2).locator('a').count()) === 1, 'each row links to its article');

  const charts = page.locator('svg.chart');
  assert.ok((await charts.count()) >= 1, 'at least one estimates-over-time chart');
  const chart = charts.first();
  assert.ok(await chart.isVisible());
  const box = await chart.boundingBox();
  assert.ok(box && box.width > 400 && box.height > 150, 'the chart has a readable size');
  assert.ok((await chart.locator('rect[fill-opacity], circle').count()) >= 2, 'the chart draws the figures');
  assert.ok((await chart.locator('text').allTextContents()).some((t) => /May/.test(t)), 'the x axis has dates');
  assert.ok(await page.getByRole('link', { name: 'CSV' }).isVisible());

  // follow a claim to its article: the figure is highlighted there
  const link = firstRow.locator('td').nth(2).locator('a');
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForSelector('#article-text');
  const fragment = decodeURIComponent(new URL(href!, base).hash.slice(1));
  assert.ok(await page.locator(`[id="${fragment}"]`).isVisible(), 'the linked claim is highlighted');
  assert.ok(await page.getByRole('link', { name: /Back to the story ledger/ }).isVisible());
  assert.deepEqual(problems, []);
  await page.close();
});

test('article highlights sit at the claim offsets and show the normalised claim', { skip: missing ?? false }, async () => {
  const { page, problems } = await watchedPage();
  const list = await (await fetch(`${base}/api/articles?limit=50`)).json() as { articles: { id: string; title: string }[] };
  // the article with the most claims
  let best = { id: '', claims: [] as { text: string; id: string }[] };
  for (const a of list.articles) {
    const claims = await (await fetch(`${base}/api/articles/${encodeURIComponent(a.id)}/claims`)).json() as { text: string; id: string }[];
    if (claims.length > best.claims.length) best = { id: a.id, claims };
  }
  assert.ok(best.claims.length >= 2, 'some demo article has claims');
  await page.goto(`${base}/articles/${encodeURIComponent(best.id)}`);
  const marks = page.locator('#article-text mark.claim');
  assert.deepEqual(await marks.allInnerTexts(), best.claims.map((c) => c.text));
  await marks.first().hover();
  const pop = page.locator('#claim-popover');
  await pop.waitFor({ state: 'visible' });
  assert.match(await pop.innerText(), /source/);
  await page.keyboard.press('Escape');
  await marks.nth(1).focus();
  await pop.waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await page.close();
});

test('adding an article through the form shows its claims', { skip: missing ?? false }, async () => {
  const { page, problems } = await watchedPage();
  await page.goto(`${base}/add`);
  await page.fill('#text', 'Bei einem Brand in einer Lagerhalle in Fennstedt sind am Mittwoch drei Menschen ums Leben gekommen. Nach Angaben der Feuerwehr wurden zwölf weitere Personen verletzt.');
  await page.fill('#title', 'Brand in Fennstedt');
  await page.fill('#outlet', 'Testblatt Fennstedt');
  await page.fill('#publishedAt', '2025-06-04T18:00');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/jobs\//);
  await page.waitForSelector('text=Articles added', { timeout: 20_000 });
  assert.match(await page.locator('p.lede').innerText(), /1 added/);
  await page.locator('table.results a').first().click();
  await page.waitForSelector('#article-text');
  assert.equal(await page.locator('h1').innerText(), 'Brand in Fennstedt');
  const marks = await page.locator('#article-text mark.claim').allInnerTexts();
  assert.ok(marks.length >= 1, 'the new article has highlighted claims');
  assert.ok(marks.some((m) => /drei|zwölf/.test(m)), `the figures are marked: ${marks.join(' | ')}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a hostile article renders as text and runs nothing', { skip: missing ?? false }, async () => {
  const { page, problems } = await watchedPage();
  await page.goto(`${base}/add`);
  await page.fill('#text', '<script>alert("text")</script><img src=x onerror="alert(2)"> Die Polizei meldete 4 Tote.');
  await page.fill('#title', '<script>alert("title")</script>');
  await page.fill('#outlet', '<script>alert("outlet")</script>');
  await page.click('button[type=submit]');
  await page.waitForSelector('text=Articles added', { timeout: 20_000 });
  await page.locator('table.results a').first().click();
  await page.waitForSelector('#article-text');
  assert.match(await page.locator('#article-text').innerText(), /<script>alert\("text"\)<\/script><img src=x onerror="alert\(2\)">/);
  assert.equal(await page.locator('h1').innerText(), '<script>alert("title")</script>');
  assert.equal(await page.locator('.meta .outlet').innerText(), '<script>alert("outlet")</script>');
  assert.equal(await page.locator('#article-text img, #article-text script').count(), 0);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0, 'no inline script element');
  for (const path of ['/stories', '/claims']) {
    await page.goto(`${base}${path}`);
    assert.equal(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length), 0, path);
  }
  assert.deepEqual(problems, [], 'no alert ran, no CSP violation, no page error');
  await page.close();
});
