import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './harness.ts';
import { assertNetworkReadable, assertNoRawCodes, assertPlaceholderFits, assertTitlesEndAtPhrases } from './layout-checks.ts';

const READY = '[data-ready="true"]';

interface Ctx {
  page: Page;
  base: string;
  check: (name: string, fn: () => Promise<void>) => Promise<void>;
  load: (page: Page, url: string) => Promise<number>;
  api: (path: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The rough edges each with the check that would have caught it, and upload by drag and drop. */
export async function pageChecks({ page, base, check, load, api }: Ctx): Promise<void> {
  await check('partners: network labels readable (>= 11 px) and none overlapping; no raw codes', async () => {
    await load(page, `${base}/#/partners`);
    const r = await assertNetworkReadable(page);
    assert.ok(r.labels > 2, 'the network shows the country and its partners');
    const partner = page.locator('main table button.linklike').first();
    if (await partner.count()) {
      await partner.click();
      await page.waitForURL(/partner=/);
      await page.locator('main h2', { hasText: 'Events with' }).waitFor();
    }
    await assertNoRawCodes(page);
    await assertTitlesEndAtPhrases(page);
    await page.locator('.network').screenshot({ path: join(SCREENSHOTS, 'partners-network.png') });
  });

  await check('timeline: event titles end at a phrase, types and kinds in words', async () => {
    await load(page, `${base}/#/timeline`);
    const n = await assertTitlesEndAtPhrases(page);
    assert.ok(n > 0, 'the timeline lists events');
    await assertNoRawCodes(page);
  });

  await check('entity: a sentence naming it twice is listed once; each statement once, without doubled quotes', async () => {
    const list = (await api('/api/entities?limit=40')).items as { id: number; name: string }[];
    let twice: { id: number; name: string } | null = null;
    let withClaims: { id: number; claims: number; paired: boolean } | null = null;
    for (const e of list) {
      const d = await api(`/api/entities/${e.id}`);
      const keys = d.mentions.map((m: { documentId: number; sentence: number }) => `${m.documentId}:${m.sentence}`);
      if (!twice && new Set(keys).size < keys.length) twice = e;
      const ckeys = d.claims.map((c: { documentId: number; sentence: number }) => `${c.documentId}:${c.sentence}`);
      const paired = new Set(ckeys).size < ckeys.length;
      if (d.claims.length && (!withClaims || (paired && !withClaims.paired))) withClaims = { id: e.id, claims: d.claims.length, paired };
    }
    assert.ok(twice, 'no entity is named twice in one sentence: nothing to check');
    await load(page, `${base}/#/entities/${twice!.id}`);
    // Each listed mention's link is its sentence.
    const sentences = (await page.locator('main h2:has-text("Mentions") + ol > li > a').allTextContents()).map((t) => t.trim());
    assert.ok(sentences.length > 0, 'the mentions are listed');
    assert.equal(new Set(sentences).size, sentences.length, `${twice!.name}: a sentence is listed more than once`);
    await page.locator('main h2:has-text("Mentions") + ol').screenshot({ path: join(SCREENSHOTS, 'entity-mentions.png') });
    await assertNoRawCodes(page, 'main table');
    if (withClaims) {
      await load(page, `${base}/#/entities/${withClaims.id}`);
      const statements = (await page.locator('main h2:has-text("Statements") + ul > li').allTextContents()).map((t) => t.trim());
      assert.ok(statements.length > 0, 'the statements are listed');
      assert.deepEqual(statements.filter((t) => /^[“"]{2}|[”"]{2}$/.test(t)), [], 'statements with doubled quote marks');
      const words = statements.map((t) => t.replace(/[“”"]/g, '').trim().toLowerCase());
      assert.equal(new Set(words).size, words.length, 'a statement is listed twice');
    }
  });

  await check('ledger: with no subject it suggests subjects with figures; the placeholder fits; a suggestion opens figures', async () => {
    await load(page, `${base}/#/ledger`);
    await assertPlaceholderFits(page, 'main form input[type="text"]');
    const chips = page.locator('main a.chip[href*="ledger"]');
    assert.ok(await chips.count() >= 3, 'at least three suggestions');
    await page.screenshot({ path: join(SCREENSHOTS, 'ledger-empty.png') });
    await chips.first().click();
    await page.waitForURL(/subject=/);
    await page.waitForSelector(`[data-page="ledger"]${READY} table`);
    assert.ok(await page.locator('main table tbody tr').count() > 0, 'the suggested subject has figures');
  });

  await check('upload: drop several files; each shows its progress and outcome; the new one is found in search', async () => {
    await load(page, `${base}/#/documents`);
    const word = `Zemblanite${Date.now().toString(36)}`;
    const files = [
      { name: 'zembla-navy.txt', text: `The ${word} navy of Zembla commissioned 4 corvettes in 2019. Its coast guard received 12 patrol boats in 2021.` },
      { name: 'zembla-navy-again.txt', text: `The ${word} navy of Zembla commissioned 4 corvettes in 2019. Its coast guard received 12 patrol boats in 2021.` },
      { name: 'notes.xyz', text: 'not a supported kind of file' },
    ];
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      const zone = document.querySelector('[data-dropzone]')!;
      zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, files);
    const row = (name: string) => page.locator(`li[data-upload="${name}"]`);
    for (const f of files) await row(f.name).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('li[data-upload]').length === 3
      && [...document.querySelectorAll('li[data-upload]')].every((li) => ['added', 'unchanged', 'failed'].includes(li.getAttribute('data-outcome') ?? '')), null, { timeout: 60_000 });
    assert.equal(await row('zembla-navy.txt').getAttribute('data-outcome'), 'added');
    assert.match(await row('zembla-navy.txt').innerText(), /added: .*sentence/);
    assert.equal(await row('zembla-navy-again.txt').getAttribute('data-outcome'), 'unchanged', 'the same text again is unchanged, not added');
    assert.match(await row('zembla-navy-again.txt').innerText(), /unchanged: the same text is already stored/);
    assert.equal(await row('notes.xyz').getAttribute('data-outcome'), 'failed');
    assert.match(await row('notes.xyz').innerText(), /failed: .*\S.*\(HTTP 4\d\d\)/, 'the failure says why');
    assert.match(await page.locator('[data-upload-summary]').innerText(), /1 added · 1 unchanged · 1 failed/);
    await page.locator('main table', { hasText: 'zembla-navy.txt' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'upload.png') });
    await page.fill('#quicksearch', word);
    await page.press('#quicksearch', 'Enter');
    await page.waitForSelector(`[data-page="search"]${READY}`);
    await page.locator('main', { hasText: word }).locator('.hits li').first().waitFor({ timeout: 10_000 });
    assert.ok(await page.locator('main .hits li', { hasText: word }).count() >= 1, 'search finds the uploaded document');
    await page.screenshot({ path: join(SCREENSHOTS, 'upload-search.png') });
  });
}
