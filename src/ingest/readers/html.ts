import type { HTMLElement } from 'node-html-parser';
import { decodeText } from '../decode-text.ts';
import { toIsoDate } from '../iso-date.ts';
import { limitExceeded, type ReadLimits } from '../limits.ts';
import { mainElement, removeBoilerplate } from './html-boilerplate.ts';
import { nestingDepth, parseHtml } from './html-parse.ts';
import { renderText } from './html-text.ts';
import type { RawDocument } from './raw-document.ts';

// Meta tags that carry a publication date, most specific first.
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'citation_publication_date',
  'citation_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date', 'pubdate',
  'publish_date', 'publication_date', 'sailthru.date', 'parsely-pub-date',
];

/** An HTML page's main text, without scripts, navigation and the other chrome around it. */
export async function readHtml(bytes: Uint8Array, path: string, limits: ReadLimits): Promise<RawDocument> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
  const root = parseHtml(decodeText(bytes, path, charset), {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true },
  });
  // The steps below walk the tree recursively: a page nested deeper than any real one is refused.
  const depth = nestingDepth(root);
  if (depth > limits.maxDepth) throw limitExceeded(path, 'maxDepth', depth, limits);
  const title = pageTitle(root);
  const publishedDate = pageDate(root);
  removeBoilerplate(root);
  return { text: renderText(mainElement(root)), title, publishedDate };
}

function oneLine(s: string | undefined | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** <title>, unless the first <h1> is contained in it: then the h1, without the " | Site name" tail. */
function pageTitle(root: HTMLElement): string | null {
  const title = oneLine(root.querySelector('title')?.text);
  const h1 = oneLine(root.querySelector('h1')?.text);
  if (h1 && (!title || title.includes(h1))) return h1;
  return title || h1 || null;
}

function pageDate(root: HTMLElement): string | null {
  const metas = root.querySelectorAll('meta');
  for (const key of DATE_META) {
    for (const m of metas) {
      const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
      if (name !== key.toLowerCase()) continue;
      const date = toIsoDate(m.getAttribute('content'));
      if (date) return date;
    }
  }
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.rawText);
    const date = toIsoDate(m?.[1]);
    if (date) return date;
  }
  const time = root.querySelector('time[pubdate]') ?? root.querySelector('article time[datetime]');
  return toIsoDate(time?.getAttribute('datetime'));
}
