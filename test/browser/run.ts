import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, ensureWebBuild, launchBrowser, startAtlas } from './harness.ts';
import { assertChartTextInside } from './layout-checks.ts';
import { pageChecks } from './page-checks.ts';
import { reviewChecks } from './review-checks.ts';

/**
 * Browser tests of the web atlas: every page loads and renders without script errors, and the
 * search -> organization -> figure -> reader path lands on the highlighted sentence. Render times
 * are printed, never asserted.
 */
const READY = '[data-ready="true"]';
const failures: string[] = [];
let passed = 0;
const timings: { page: string; ms: number }[] = [];

async function check(name: string, fn: () => Promise<void>) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures.push(`${name}: ${(e as Error).message}`);
    console.log(`FAIL ${name}\n     ${(e as Error).message.split('\n').join('\n     ')}`);
  }
}

/** Loads a page from scratch and returns ms from navigation start until its content is marked ready. */
async function load(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForSelector(READY, { timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

ensureWebBuild();
const t0 = Date.now();
const atlas = await startAtlas();
console.log(`corpus ingested in ${Date.now() - t0} ms`);
const browser = await launchBrowser();
const page = await browser.context.newPage();
const scriptErrors: string[] = [];
page.on('pageerror', (e) => scriptErrors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') scriptErrors.push(m.text()); });

try {
  const { base } = atlas;
  const api = async (p: string) => (await fetch(base + p)).json();
  console.log(`corpus: ${JSON.stringify(await api('/api/stats'))}`);
  const someEntity = (await api('/api/entities?limit=1')).items[0];
  const someSubject = (await api('/api/entities?type=EQUIPMENT&limit=1')).items[0]?.name ?? someEntity?.name ?? 'army';
  const pages: [string, string][] = [
    ['overview', '/#/'],
    ['search', '/#/search?q=defense'],
    ['entities', '/#/entities'],
    ['entity', someEntity ? `/#/entities/${someEntity.id}` : ''],
    ['documents', '/#/documents'],
    ['reader', '/#/documents/1'],
    ['timeline', '/#/timeline'],
    ['partners', '/#/partners'],
    ['forces', '/#/forces'],
    ['inventory', '/#/inventory'],
    ['money', '/#/money'],
    ['people', '/#/people'],
    ['programs', '/#/programs'],
    ['education', '/#/education'],
    ['audit', '/#/audit'],
    ['ledger', `/#/ledger?subject=${encodeURIComponent(someSubject)}`],
    ['review', '/#/review'],
  ];
  for (const [name, path] of pages) {
    await check(`page ${name} renders`, async () => {
      assert.ok(path, `no ${name} to show: the store has no entities`);
      scriptErrors.length = 0;
      const ms = await load(page, base + path);
      timings.push({ page: name, ms });
      // Charts load their library on demand after the data: let them land before the picture.
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      const errorBoxes = await page.locator('.error').allTextContents();
      assert.deepEqual(errorBoxes, [], 'the page shows no error box');
      assert.deepEqual(scriptErrors, [], 'script errors');
      const heading = await page.locator('main h1').first().textContent();
      assert.ok(heading && heading.trim().length > 0, 'page has a heading');
      await assertChartTextInside(page);
    });
  }

  await pageChecks({ page, base, check, load, api });

  await check('search for an organization, open it, follow a fact to the reader', async () => {
    await load(page, `${base}/#/`);
    let org = null as null | { name: string };
    for (const q of ['CSTO', 'NATO']) {
      await page.fill('#quicksearch', q);
      await page.press('#quicksearch', 'Enter');
      await page.waitForSelector(`[data-page="search"]${READY}`);
      const chip = page.locator('.entity-hits a.chip', { hasText: q }).first();
      if (await chip.count()) { org = { name: q }; await chip.click(); break; }
    }
    assert.ok(org, 'searching CSTO and NATO found no organization');
    await page.waitForSelector(`[data-page="entity"]${READY}`);
    const factLink = page.locator('main a[data-fact-link^="q"], main a[data-fact-link^="e"], main a[data-fact-link^="m"]').first();
    assert.ok(await factLink.count(), `the ${org!.name} page shows no fact links`);
    const ref = await factLink.getAttribute('data-fact-link');
    const fact = await api(`/api/facts/${ref}`);
    await factLink.click();
    await page.waitForSelector(`[data-page="reader"]${READY}`);
    const target = page.locator(`mark.fact-target[data-fact="${ref}"]`);
    await target.waitFor({ state: 'visible' });
    assert.equal(await target.textContent(), fact.fact.fact.quote, 'the highlighted span is the fact\'s quote');
    const sentence = page.locator('.sentence.sentence-target');
    assert.equal(await sentence.count(), 1, 'exactly one sentence is highlighted');
    assert.equal((await sentence.textContent())?.trim(), fact.sentence.text.trim(), 'the highlighted sentence is the fact\'s sentence');
    assert.ok(await sentence.locator(`[data-fact="${ref}"]`).count(), 'the span sits inside the highlighted sentence');
    assert.ok(await target.isVisible() && await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }), 'the reader scrolled the span into view');
    assert.ok(await page.locator(`[data-explained="${ref}"]`).count(), 'the side panel explains the fact');
    await page.screenshot({ path: join(SCREENSHOTS, 'search-to-fact.png') });
  });

  await check('a figure in a view opens the reader at its sentence', async () => {
    await load(page, `${base}/#/inventory`);
    const link = page.locator('main a[data-fact-link^="q"]').first();
    if (!(await link.count())) {
      await load(page, `${base}/#/timeline`);
    }
    const any = page.locator('main a[data-fact-link]').first();
    assert.ok(await any.count(), 'neither the inventory nor the timeline shows a fact link');
    const ref = await any.getAttribute('data-fact-link');
    await any.click();
    await page.waitForSelector(`[data-page="reader"]${READY}`);
    await page.locator(`mark.fact-target[data-fact="${ref}"]`).waitFor({ state: 'visible' });
  });

  await check('keyboard: "/" focuses search and Enter runs it', async () => {
    await load(page, `${base}/#/documents`);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'quicksearch');
    await page.keyboard.type('army');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-page="search"]${READY}`);
    assert.match(page.url(), /#\/search\?q=army/);
  });

  await check('the page carries the write token: an upload from the UI lands and is listed', async () => {
    await load(page, `${base}/#/documents`);
    const result = await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="atlas-token"]')?.content;
      const form = new FormData();
      form.append('file', new Blob(['The Ruritanian navy commissioned 3 frigates in 2020.'], { type: 'text/plain' }), 'browser-upload.txt');
      const withToken = await fetch('/api/documents', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
      const without = await fetch('/api/documents', { method: 'POST', body: form });
      return { hasToken: !!token, status: withToken.status, body: await withToken.json(), withoutStatus: without.status };
    });
    assert.ok(result.hasToken, 'index.html carries <meta name="atlas-token">');
    assert.equal(result.status, 201, JSON.stringify(result.body));
    assert.equal(result.withoutStatus, 401, 'a write without the token is refused');
    await load(page, `${base}/#/documents`);
    await page.getByText('browser-upload.txt').first().waitFor({ state: 'visible' });
    assert.deepEqual(scriptErrors.filter((e) => /Content Security Policy/i.test(e)), [], 'no CSP violations');
  });

  await reviewChecks(page, base, check, load);

  await check('view state lives in the URL', async () => {
    await load(page, `${base}/#/search?q=defense&offset=0`);
    const firstYear = page.locator('select').first();
    const options = await firstYear.locator('option').allTextContents();
    if (options.length > 1) {
      const value = await firstYear.locator('option').nth(1).getAttribute('value');
      await firstYear.selectOption(value!);
      await page.waitForURL(new RegExp(`year=${value}`));
      await page.reload();
      await page.waitForSelector(READY);
      assert.equal(await page.locator('select').first().inputValue(), value);
    }
  });
} finally {
  let t = Date.now();
  await browser.close();
  console.log(`browser closed in ${Date.now() - t} ms`);
  t = Date.now();
  await atlas.close();
  console.log(`server closed in ${Date.now() - t} ms`);
}

console.log('\nrender time (navigation start -> content ready):');
for (const t of timings) console.log(`  ${t.page.padEnd(10)} ${Math.round(t.ms)} ms`);
console.log(`screenshots: ${SCREENSHOTS}`);
if (failures.length) process.exitCode = 1;
console.log(`\nbrowser: ${passed} passed, ${failures.length} failed`);
