import type { PageLexicon } from '../knowledge/page.ts';
import { findFullDate, findMonthDay, isoDay, type WrittenDate, type WrittenDateForms } from './written-date.ts';

/** A publication date the page states, where it states it, and the rule that read it. */
export interface StatedDate {
  date: string;
  start: number;
  end: number;
  rule: string;
}

/** A line of the document: its text and where it starts. */
export interface Line {
  start: number;
  text: string;
}

// A page's stamps, byline and dateline sit in its head; update stamps sometimes at its foot.
const HEAD_LINES = 15;
const FOOT_LINES = 8;
// Earlier rules win: a publication stamp over a byline over a dateline over a bare date line over an update stamp.
const PRIORITY = ['meta.published-stamp', 'meta.byline-date', 'meta.dateline', 'meta.date-line', 'meta.updated-stamp'];

export interface PublicationScan {
  /** The date of publication the text states, or null. */
  published: StatedDate | null;
  /** Spans that state when the page was published or updated: page metadata, not the narrative's dates. */
  stamps: StatedDate[];
}

/** Reads publication and update stamps, bylines with dates, datelines and bare date lines from a page's head and foot. */
export function scanPublication(lines: readonly Line[], page: PageLexicon, forms: WrittenDateForms): PublicationScan {
  const nonEmpty = lines.filter((l) => l.text.trim());
  const head = nonEmpty.slice(0, HEAD_LINES);
  const foot = nonEmpty.slice(Math.max(HEAD_LINES, nonEmpty.length - FOOT_LINES));
  const labels = compileLabels(page);
  const found: StatedDate[] = [];
  const undated: WrittenDate[] = [];
  for (const line of [...head, ...foot]) {
    const inHead = head.includes(line);
    const stamp = labels.stamp.exec(line.text);
    if (stamp) {
      const d = findFullDate(line.text.slice(stamp[0].length), forms, line.start + stamp[0].length);
      if (d && d.start - line.start - stamp[0].length <= 3) {
        const updated = labels.updated.test(stamp[1]);
        // A line that is only the stamp is masked whole, label included.
        const end = line.text.slice(d.end - line.start).trim() ? d.end : line.start + line.text.trimEnd().length;
        found.push({ date: isoDay(d), start: line.start, end, rule: updated ? 'meta.updated-stamp' : 'meta.published-stamp' });
        continue;
      }
    }
    if (!inHead) continue;
    // "By A. Author, March 3, 2016"; "Source:Ministry of Defense Editor:Huang Panyue 2021-08-27 16:03:12".
    const by = labels.byline.exec(line.text) ?? labels.credit.exec(line.text);
    if (by) {
      const d = findFullDate(line.text, forms, line.start);
      if (d && d.start - line.start >= by[0].length) {
        found.push({ date: isoDay(d), start: d.start, end: d.end, rule: 'meta.byline-date' });
        continue;
      }
    }
    const lead = DATELINE_LEAD.exec(line.text);
    if (lead) {
      const rest = line.text.slice(lead[0].length);
      const d = findFullDate(rest, forms, line.start + lead[0].length) ?? findMonthDay(rest, forms, line.start + lead[0].length);
      if (d && d.start === line.start + lead[0].length && DATELINE_END.test(line.text.slice(d.end - line.start))) {
        // A title-case lead ("Eurasia Daily Monitor, ") needs a full date; a capitalized city ("ALMATY, ") does not.
        if (d.year === null && !/^\s*[A-Z][A-Z'’.-]{2,}/.test(lead[0])) continue;
        if (d.year !== null) found.push({ date: isoDay({ ...d, year: d.year }), start: d.start, end: d.end, rule: 'meta.dateline' });
        else undated.push(d);
        continue;
      }
    }
    const d = findFullDate(line.text, forms, line.start);
    // "JUNE 22 2015 (The Conway Bulletin) – Uzbekistan ordered ...", "... on parade in 2006 (RFE/RL) August 28, 2007 (RFE/RL) -- The minister says":
    // a full date with its agency in parentheses and a dash opens the report, wherever the line puts it.
    if (d && AGENCY_DASH.test(line.text.slice(d.end - line.start))) {
      found.push({ date: isoDay(d), start: d.start, end: d.end, rule: 'meta.dateline' });
      continue;
    }
    const around = d ? [line.text.slice(0, d.start - line.start), line.text.slice(d.end - line.start)] : null;
    if (d && around && ((BARE_HEAD.test(around[0]) && BARE_TAIL.test(around[1])) || foreignLabel(around.join(' ')))) {
      found.push({ date: isoDay(d), start: d.start, end: line.start + line.text.trimEnd().length, rule: 'meta.date-line' });
    }
  }
  const ranked = [...found].sort((a, b) => PRIORITY.indexOf(a.rule) - PRIORITY.indexOf(b.rule) || a.start - b.start);
  const published = ranked.find((f) => f.rule !== 'meta.updated-stamp') ?? ranked[0] ?? null;
  const stamps = [...found];
  // "ASTANA, January 17." takes its year from a stamp of the same page that has one.
  for (const d of undated) {
    const year = published ? +published.date.slice(0, 4) : null;
    const date = year !== null ? isoDay({ year, month: d.month, day: d.day }) : null;
    stamps.push({ date: date ?? '', start: d.start, end: d.end, rule: 'meta.dateline' });
  }
  return { published, stamps: stamps.sort((a, b) => a.start - b.start) };
}

// "ALMATY, " / "ASTANA, Kazakhstan, " / "Eurasia Daily Monitor, ": a place or a publication before the date.
const DATELINE_LEAD = /^\s*(?:[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Za-z'’.-]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,4})(?:\s*\([^)\n]{1,40}\))?,(?:\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2},)?\s+/;
const AGENCY_DASH = /^\s*\([^()\n]{2,40}\)\s*(?:--?|[\u2013\u2014])\s/;
// What may follow a dateline's date: a dash, a colon, a period, a parenthesis, or the end of the line.
const DATELINE_END = /^\s*(?:[-–—:.(/]|$)/;
// What may stand around a date alone on a line: a section label and a time before it ("POLITICS 20:15 /"),
// a separator and a short label or count after it ("/ 7:14 PM / 12 years ago", "556").
const BARE_HEAD = /^\s*(?:\p{Lu}[\p{Lu}&-]*(?:\s+\p{Lu}[\p{Lu}&-]*){0,2}\s+)?(?:\d{1,2}:\d{2}\s*)?(?:[|•·,/–—-]\s*)?$/u;
const BARE_TAIL = /^\s*(?:[|•·,/–—-]\s*[^\n]{0,40}|\d{1,6})?$/;

// "Хуучирсан мэдээ: 2016.01.28-нд нийтлэгдсэн": words around a date in another script than the article's are the page's own label.
const FOREIGN_LABEL = /^[^\p{Script=Latin}\d]{0,60}$/u;
const foreignLabel = (s: string) => /[^\s\p{P}]/u.test(s) && FOREIGN_LABEL.test(s);

const labelCache = new WeakMap<PageLexicon, { stamp: RegExp; updated: RegExp; byline: RegExp; credit: RegExp }>();
function compileLabels(page: PageLexicon) {
  let c = labelCache.get(page);
  if (!c) {
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const all = [...page.stampLabels.updated, ...page.stampLabels.published].sort((a, b) => b.length - a.length).map(esc).join('|');
    c = {
      stamp: new RegExp(`^\\s*(${all || '(?!)'})\\s*[:\\-–]?\\s*`, 'i'),
      updated: new RegExp(`^(?:${page.stampLabels.updated.map(esc).join('|') || '(?!)'})$`, 'i'),
      // A labelled credit ("Source:", "Editor:") needs its colon, not a separator after the name.
      credit: new RegExp(`^\\s*(?:${page.bylineLeads.map(esc).join('|') || '(?!)'})\\s*:\\s*(?=\\S)`, 'i'),
      byline: new RegExp(`^\\s*(?:${page.bylineLeads.map(esc).join('|') || '(?!)'})\\s*:?\\s+[A-Z][^\\n]{0,80}?(?:,|\\||•|–|—|-|\\bon\\b)\\s*`, 'i'),
    };
    labelCache.set(page, c);
  }
  return c;
}
