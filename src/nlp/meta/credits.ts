import { longestFirst } from '../dates/alternation.ts';
import type { PageLexicon } from '../knowledge/page.ts';
import type { Line } from './publication.ts';

/** Who wrote a page and who published it, where its head says so: spans of the text, with the rule that read them. */
export interface CreditSpan {
  start: number;
  end: number;
  rule: 'meta.author' | 'meta.publisher';
}

// Credits sit in a page's head.
const HEAD_LINES = 15;
// A name runs to a separator, a date or figure, a parenthesis or the line's end ("of", "the" inside it).
const NAME = /^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|ibn|(?:of|the|for|and)(?=[ \t]+\p{Lu}))){0,7})/u;
// "TBILISI (Reuters) -", "DUSHANBE, February 27 (RIA Novosti) -", "ASHGABAT (TCA) ―": the agency in a dateline.
const DATELINE_AGENCY = /^\s*\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^()\n]{0,40})?\s*\(([^()\n]{2,40})\)\s*[-–—―]/u;
// "(MENAFN- Trend News Agency)": a feed crediting the agency it carries.
const FEED_CREDIT = /\(\s*[A-Z]{3,}\s*-\s*([^()\n]{2,60})\)/;

/** The author (a byline) and the publisher (a labelled line or a dateline's agency) the page's head states. */
export function scanCredits(lines: readonly Line[], page: PageLexicon): CreditSpan[] {
  const head = lines.filter((l) => l.text.trim()).slice(0, HEAD_LINES);
  const author = labelled(page.authorLeads, false);
  const publisher = labelled(page.publisherLabels, true);
  const out: CreditSpan[] = [];
  const add = (rule: CreditSpan['rule'], start: number, text: string) => {
    const name = text.replace(/[\s,.:;|/–—-]+$/u, '');
    if (name && !out.some((o) => o.rule === rule)) out.push({ start, end: start + name.length, rule });
  };
  for (const line of head) {
    const a = author.exec(line.text);
    const an = a ? NAME.exec(line.text.slice(a[0].length)) : null;
    if (a && an && an[1]!.split(/\s+/).length >= 2) add('meta.author', line.start + a[0].length, an[1]!);
    const p = publisher.exec(line.text);
    const pn = p ? NAME.exec(line.text.slice(p[0].length)) : null;
    if (p && pn) add('meta.publisher', line.start + p[0].length, cutAtLabel(pn[1]!));
    for (const re of [DATELINE_AGENCY, FEED_CREDIT]) {
      const m = re.exec(line.text);
      if (m) add('meta.publisher', line.start + m.index + m[0].indexOf(m[1]!, m[0].indexOf('(')), m[1]!.trim());
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

// "Eurasia Daily Monitor Volume: 7": the name ends before the next label.
function cutAtLabel(name: string): string {
  return name.replace(/\s+(?:Volume|Issue|Editor|Author|Date|Posted)\b.*$/u, '');
}

const cache = new Map<string, RegExp>();
/** A line opening with one of `leads`, then (for labels, required) a colon: "By ", "Story and photos by ", "Publication: ". */
function labelled(leads: readonly string[], colon: boolean): RegExp {
  const key = `${colon}|${leads.join('|')}`;
  let re = cache.get(key);
  if (!re) {
    const alt = longestFirst(leads) || '(?!)';
    re = new RegExp(colon ? `^\\s*(?:${alt})\\s*:\\s*` : `^\\s*(?:${alt})\\s*:?\\s+`, 'i');
    cache.set(key, re);
  }
  return re;
}
