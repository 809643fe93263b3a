import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './harness.ts';

type Check = (name: string, fn: () => Promise<void>) => Promise<void>;
type Load = (page: Page, url: string) => Promise<number>;

const refsOf = (page: Page) => page.$$eval('.review-item', (els) => els.map((e) => (e as HTMLElement).dataset.ref!));
const gone = (page: Page, ref: string) => page.waitForSelector(`.review-item[data-ref="${ref}"]`, { state: 'detached', timeout: 10_000 });
const selected = (page: Page) => page.$eval('.review-item.selected', (e) => (e as HTMLElement).dataset.ref!);

/**
 * The analyst's workbench in a real browser: three facts reviewed from the queue with the keyboard
 * only (c confirm, j/k move, r reject, e edit + Enter), and a figure added by selecting its text in
 * the reader. Screenshots review-queue.png and reader-selection.png.
 */
export async function reviewChecks(page: Page, base: string, check: Check, load: Load): Promise<void> {
  const api = async (p: string) => (await fetch(base + p)).json();

  await check('review queue: three facts reviewed with the keyboard', async () => {
    await load(page, `${base}/#/review`);
    await page.waitForSelector('.review-item.selected');
    const [a, b, c, d] = await refsOf(page);
    assert.ok(a && b && c && d, 'the queue lists at least four facts');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-queue.png') });

    await page.keyboard.press('c');
    await gone(page, a);
    assert.equal(await selected(page), b, 'the next fact is selected after a decision');
    await page.keyboard.press('j');
    assert.equal(await selected(page), c);
    await page.keyboard.press('r');
    await gone(page, c);
    assert.equal(await selected(page), d);
    await page.keyboard.press('k');
    assert.equal(await selected(page), b);
    await page.keyboard.press('e');
    await page.waitForSelector('.review-item.selected .fact-form');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(b.startsWith('q') ? '4242' : 'Checked in the browser');
    await page.keyboard.press('Enter');
    await gone(page, b);

    const reviews = await api('/api/reviews?status=reviewed') as { kind: string; factId: number; decision: string; values: Record<string, unknown> | null }[];
    const byRef = new Map(reviews.map((r) => [`${r.kind[0]}${r.factId}`, r]));
    assert.equal(byRef.get(a)?.decision, 'confirmed', `${a} confirmed`);
    assert.equal(byRef.get(c)?.decision, 'rejected', `${c} rejected`);
    assert.equal(byRef.get(b)?.decision, 'corrected', `${b} corrected`);
    assert.ok(JSON.stringify(byRef.get(b)?.values).match(/4242|Checked in the browser/), `${b}'s correction holds the typed value`);
  });

  await check('reader: selecting text offers to add a fact, and adds a figure', async () => {
    const doc = await api('/api/documents/1') as { text: string };
    // A stated figure a person would pick (a count of troops, officers...), else any number before a word.
    const m = /(?<![\w/.,-])(\d{2,}[\d,]*) (troops|personnel|officers|soldiers|servicemen|cadets|tanks|aircraft|helicopters|people)\b/.exec(doc.text)
      ?? /(?<![\w/.,-])(\d{2,}[\d,]*) ([a-z]{4,})/.exec(doc.text);
    assert.ok(m, 'document 1 states a figure');
    const start = m.index;
    const end = start + m[0].length;
    await load(page, `${base}/#/documents/1`);
    await page.evaluate(({ start, end }) => {
      const root = document.querySelector('article.reader-text')!;
      // The article's text is the document's text: find the text nodes holding both ends.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (start >= at && start < at + len) range.setStart(n, start - at);
        if (end > at && end <= at + len) { range.setEnd(n, end - at); break; }
        at += len;
      }
      (range.startContainer.parentElement ?? root).scrollIntoView({ block: 'center' });
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, { start, end });
    await page.waitForSelector('.selection-menu');
    assert.match(await page.textContent('.selection-menu') ?? '', new RegExp(m[0]));
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-selection.png') });
    await page.getByRole('button', { name: 'Add figure' }).click();
    assert.equal(await page.inputValue('.selection-menu input[name="value"]'), m[1]!.replace(/,/g, ''));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForSelector('.selection-saved');
    const added = await api('/api/reviews?status=added') as { kind: string; anchor: { start: number; end: number; quote: string }; values: { value: number } }[];
    assert.equal(added.length, 1);
    assert.deepEqual({ kind: added[0]!.kind, start: added[0]!.anchor.start, end: added[0]!.anchor.end, quote: added[0]!.anchor.quote, value: added[0]!.values.value },
      { kind: 'quantity', start, end, quote: m[0], value: Number(m[1]!.replace(/,/g, '')) });
  });

  await check('reader: a fact\'s card shows its review', async () => {
    const [confirmed] = await api('/api/reviews?status=confirmed') as { kind: string; factId: number; anchor: { documentId: number } }[];
    assert.ok(confirmed, 'the queue check confirmed a fact');
    await load(page, `${base}/#/documents/${confirmed.anchor.documentId}?fact=${confirmed.kind[0]}${confirmed.factId}`);
    await page.waitForSelector('.fact-card [data-review="confirmed"]');
  });

  await check('views: the "reviewed facts only" switch limits the view and says how many facts are reviewed', async () => {
    await load(page, `${base}/#/timeline`);
    await page.waitForSelector('[data-coverage]');
    assert.equal(await page.isChecked('[data-reviewed-only]'), false);
    await page.click('[data-reviewed-only]');
    await page.waitForSelector('[data-ready="true"]');
    await page.waitForSelector('[data-coverage]');
    assert.equal(await page.isChecked('[data-reviewed-only]'), true);
    const shown = await page.textContent('[data-coverage]');
    assert.match(shown ?? '', /(\d+)\/\1 reviewed/, `every fact shown is reviewed: ${shown}`);
    await page.click('[data-reviewed-only]');
    await page.waitForSelector('[data-ready="true"]');
  });
}
