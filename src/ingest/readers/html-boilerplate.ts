import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HTMLElement } from 'node-html-parser';
import { z } from 'zod';
import { InvalidSchema } from '../../model/errors.ts';

const Boilerplate = z.object({
  tags: z.array(z.string().min(1)),
  roles: z.array(z.string().min(1)),
  classWords: z.array(z.string().min(1)),
});

const BOILERPLATE_PATH = fileURLToPath(new URL('./html-boilerplate.json', import.meta.url));
// A class-word match is chrome only when it holds less than this share of the page's text.
const CHROME_MAX_SHARE = 0.3;

let cached: { tags: Set<string>; roles: Set<string>; classWords: Set<string> } | null = null;

function boilerplate() {
  if (cached) return cached;
  try {
    const b = Boilerplate.parse(JSON.parse(readFileSync(BOILERPLATE_PATH, 'utf8')));
    cached = { tags: new Set(b.tags), roles: new Set(b.roles), classWords: new Set(b.classWords) };
  } catch (e) {
    throw new InvalidSchema(`atlas: cannot read ${BOILERPLATE_PATH}: ${(e as Error).message}`, e);
  }
  return cached;
}

function textLength(el: HTMLElement): number {
  return el.text.replace(/\s+/g, ' ').trim().length;
}

function isHidden(el: HTMLElement): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

function hasChromeClass(el: HTMLElement, words: Set<string>): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  return names.some((name) => words.has(name) || name.split(/[-_]+/).some((part) => words.has(part)));
}

/** A header inside an article or main holds the article's own title and byline: it stays. */
function isPageHeader(el: HTMLElement): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) {
    const tag = p.rawTagName?.toLowerCase();
    if (tag === 'article' || tag === 'main') return false;
  }
  return true;
}

/** Removes page chrome (scripts, navigation, site header/footer, sidebars, forms, hidden parts) in place. */
export function removeBoilerplate(root: HTMLElement): void {
  const { tags, roles, classWords } = boilerplate();
  const total = Math.max(1, textLength(root));
  const visit = (el: HTMLElement) => {
    for (const child of [...el.childNodes]) {
      if (child.nodeType !== 1) continue;
      const c = child as HTMLElement;
      const tag = c.rawTagName?.toLowerCase() ?? '';
      const drop =
        (tags.has(tag) && (tag !== 'header' || isPageHeader(c))) ||
        roles.has((c.getAttribute('role') ?? '').toLowerCase()) ||
        isHidden(c) ||
        (hasChromeClass(c, classWords) && textLength(c) < CHROME_MAX_SHARE * total);
      if (drop) c.remove();
      else visit(c);
    }
  };
  visit(root);
}

// An article shorter than this is a teaser or a comment, not the page's main text.
const MIN_ARTICLE_CHARS = 200;

/** The element holding the main text: the longest <article>, else <main>, else the body. */
export function mainElement(root: HTMLElement): HTMLElement {
  const articles = root.querySelectorAll('article');
  let best: HTMLElement | null = null;
  for (const a of articles) if (!best || textLength(a) > textLength(best)) best = a;
  if (best && textLength(best) >= MIN_ARTICLE_CHARS) return best;
  return root.querySelector('main') ?? root.querySelector('[role="main"]') ?? root.querySelector('body') ?? root;
}
