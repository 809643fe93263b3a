import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/**
 * Checks of what a page draws that a person would see as broken: chart labels clipped at the
 * chart's edge, network labels too small to read or on top of each other, raw codes, cut titles.
 */

/** Every text of every chart lies inside its chart ("armored …" was drawn as "red combat vehicles"). */
export async function assertChartTextInside(page: Page): Promise<void> {
  const clipped = await page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('.plot svg')) {
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`"${t.textContent}" (${Math.round(r.left - box.left)}px from the left edge)`);
      }
    }
    return out;
  });
  assert.deepEqual(clipped, [], 'chart labels drawn outside their chart (clipped)');
}

/** No raw code such as cooperate_military or train_educate in what the page shows. */
export async function assertNoRawCodes(page: Page, scope = 'main'): Promise<void> {
  const text = (await page.locator(scope).allInnerTexts()).join('\n');
  const codes = [...new Set(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? [])];
  assert.deepEqual(codes, [], 'raw codes shown instead of words');
}

const DANGLING = /\b(?:a|an|the|of|to|for|with|through|on|in|at|by|from|into|than|and|or|but|that|which|between|including|its|their|his|her)…?$/i;

/** Event titles never end on an article, preposition or conjunction, nor mid-word. */
export async function assertTitlesEndAtPhrases(page: Page, selector = 'main table tbody td:nth-child(2)'): Promise<number> {
  const titles = await page.locator(selector).allTextContents();
  const bad = titles.filter((t) => DANGLING.test(t.trim()) || /[\p{L}]-…?$/u.test(t.trim()));
  assert.deepEqual(bad, [], 'event titles cut mid-phrase');
  return titles.length;
}

/** The partner network's labels are drawn at a readable size and none overlaps another. */
export async function assertNetworkReadable(page: Page): Promise<{ labels: number; minPx: number }> {
  // Cytoscape registers its instance on the container (`_cyreg.cy`): read what it drew from there.
  await page.waitForFunction(() => (document.querySelector('.network') as (Element & { _cyreg?: { cy?: unknown } }) | null)?._cyreg?.cy, null, { timeout: 15_000 });
  const r = await page.evaluate(() => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    type Node = { data(k: string): string; renderedBoundingBox(o: object): Box; numericStyle(k: string): number };
    const el = document.querySelector('.network') as HTMLElement & { _cyreg: { cy: { zoom(): number; nodes(): { map<T>(f: (n: Node) => T): T[] } } } };
    const cy = el._cyreg.cy;
    const zoom = cy.zoom();
    const nodes = cy.nodes().map((n) => ({
      label: n.data('label'),
      px: n.numericStyle('font-size') * zoom,
      box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
    }));
    const within = el.getBoundingClientRect();
    const overlaps: string[] = [];
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i].box; const b = nodes[j].box;
      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) overlaps.push(`${nodes[i].label} / ${nodes[j].label}`);
    }
    const outside = nodes.filter((n) => n.box.x1 < -1 || n.box.y1 < -1 || n.box.x2 > within.width + 1 || n.box.y2 > within.height + 1).map((n) => n.label);
    return { minPx: Math.min(...nodes.map((n) => n.px)), overlaps, outside, labels: nodes.length };
  });
  assert.ok(r.minPx >= 11, `network labels are drawn at ${r.minPx.toFixed(1)} px (at least 11 px to be readable)`);
  assert.deepEqual(r.overlaps, [], 'network labels overlap');
  assert.deepEqual(r.outside, [], 'network labels outside the drawing');
  return { labels: r.labels, minPx: r.minPx };
}

/** A text input's placeholder fits in the box (not cut off). */
export async function assertPlaceholderFits(page: Page, selector: string): Promise<void> {
  const r = await page.locator(selector).evaluate((el: HTMLInputElement) => {
    const cs = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { text: el.placeholder, need: ctx.measureText(el.placeholder).width, room };
  });
  assert.ok(r.text.length > 0, 'the input has a placeholder');
  assert.ok(r.need <= r.room, `placeholder "${r.text}" needs ${Math.ceil(r.need)} px, the input has ${Math.floor(r.room)} px`);
}
