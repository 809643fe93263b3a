import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { EvalOutput } from '../src/model/eval.ts';
import { wink } from '../src/nlp/wink.ts';

/**
 * The off-the-shelf peer: compromise's people/organizations/places, wink-nlp's built-in numbers,
 * money and percents, chrono's dates, and nothing of our own knowledge or relations.
 */
export function baselineExtract(docName: string, text: string): EvalOutput {
  const doc = nlp(text);
  const entities: EvalOutput['entities'] = [];
  const seen = new Set<string>();
  const add = (names: string[], type: string) => {
    for (const raw of names) {
      const name = raw.replace(/[.,;:()"“”]+$/g, '').replace(/^[("“]+/, '').trim();
      if (!name || seen.has(`${type}|${name}`)) continue;
      seen.add(`${type}|${name}`);
      entities.push({ name, type, aliases: [] });
    }
  };
  add(doc.people().out('array') as string[], 'PERSON');
  add(doc.organizations().out('array') as string[], 'ORG');
  add(doc.places().out('array') as string[], 'PLACE');

  const w = wink();
  const its = w.its;
  const quantities: EvalOutput['quantities'] = [];
  const events: EvalOutput['events'] = [];
  const sentences = w.readDoc(text).sentences().out() as string[];
  for (const s of sentences) {
    const sdoc = w.readDoc(s);
    sdoc.entities().each((e: { out(f: unknown): unknown }) => {
      const d = e.out(its.detail) as { value: string; type: string };
      if (!['CARDINAL', 'MONEY', 'PERCENT'].includes(d.type)) return;
      const value = parseLooseNumber(d.value);
      if (value === null) return;
      const after = s.slice(s.indexOf(d.value) + d.value.length).trim().split(/\s+/).slice(0, 2).join(' ');
      quantities.push({
        subject: after || null, holder: null, value,
        kind: d.type === 'MONEY' ? 'money' : d.type === 'PERCENT' ? 'percent' : 'count',
        unit: d.type === 'MONEY' ? 'USD' : d.type === 'PERCENT' ? 'percent' : null, date: null, quote: d.value,
      });
    });
    for (const r of chrono.parse(s)) {
      const c = r.start;
      if (!c.isCertain('year')) continue;
      const y = String(c.get('year'));
      const date = c.isCertain('day') ? `${y}-${pad(c.get('month'))}-${pad(c.get('day'))}` : c.isCertain('month') ? `${y}-${pad(c.get('month'))}` : y;
      const participants = entities.filter((e) => s.includes(e.name)).map((e) => e.name);
      events.push({ date, type: 'other', title: s.slice(0, 120), participants, quote: s.slice(0, 300) });
    }
  }
  return { doc: docName, entities, quantities, events };
}

const pad = (n: number | null) => String(n ?? 1).padStart(2, '0');

function parseLooseNumber(s: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)?/i.exec(s);
  if (!m) return null;
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9 }[m[2]?.toLowerCase() as 'thousand'] ?? 1;
  return Number(m[1].replace(/,/g, '')) * scale;
}
