import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { Unit } from './chunks.ts';
import { chunkText } from './chunks.ts';
import type { RecognizerContext } from './context.ts';
import { contentUnits, trimUnits } from './trim-units.ts';

/** A chunk named by its head word ("... Ministry", "... Doctrine", "... Air Base") or a program leader word: an ORG, PROGRAM or PLACE candidate. */
export function orgOrProgram(ctx: RecognizerContext, units: Unit[]): Candidate[] {
  const { lx } = ctx;
  const cs = contentUnits(units);
  if (!cs.length) return [];
  const text = chunkText(ctx, units);
  // Exact known forms (branches, generic bodies, gazetteer names) are the gazetteer recognizer's.
  const known = lx.names.longestAt(ctx.words, units[0]!.from);
  if (known && known.to >= units[units.length - 1]!.to) return [];
  // "Ministry of Defense of Russia": a country's body, attributed to the country by the gazetteer recognizer.
  if (known && known.entries.some((e) => e.source === 'generic' || e.source === 'branch' || e.source === 'armed-forces')) {
    const rest = units.filter((u) => u.from >= known.to);
    const tail = rest.filter((u) => !u.connector);
    if (rest[0]?.text === 'of' && tail.length === 1 && isCountryWord(ctx, tail[0]!)) return [];
    // "Armed Forces of the Republic of Tajikistan": the country's full name.
    const c = rest[0]?.text === 'of' && tail.length > 1 ? lx.names.longestAt(ctx.words, tail[0]!.from) : null;
    if (c && c.to === units[units.length - 1]!.to && c.entries.some((e) => e.source === 'country')) return [];
  }
  if (cs.length >= 2 && (lx.demonyms.has(cs[0]!.text) || isCountryWord(ctx, cs[0]!))) {
    const rest = lx.names.longestAt(ctx.words, cs[1]!.from);
    if (rest && rest.to >= units[units.length - 1]!.to && rest.entries.some((e) => e.source === 'branch' || e.source === 'generic' || e.source === 'armed-forces')) return [];
  }
  const leader = lx.programLeaders.get(cs[0]!.text);
  if (leader && units.length >= 2) {
    const second = units[1]!;
    const nameStart = leader.complement.length ? units[units.findIndex((u, k) => k > 1 && !u.connector)] : second;
    const ok = (leader.complement.length ? second.connector && leader.complement.includes(second.text) : !second.connector)
      && !!nameStart && !lx.stopCapitals.has(nameStart.text);
    if (ok) return [named(ctx, units, 'PROGRAM', `entities.program.leader.${leader.id}`, 0.85, { kind: leader.kind })];
  }
  const lastContent = cs[cs.length - 1]!;
  if (cs.length >= 2 && lx.eventHeads.has(lastContent.text)) {
    // "NATO Bucharest Summit": a leading known organization stays; the rest names a meeting, not a place.
    const lead = lx.names.longestAt(ctx.words, units[0]!.from);
    const from = lead && lead.entries.some((e) => e.source === 'org') && lead.to < lastContent.from ? units.findIndex((u) => u.from >= lead.to) : 0;
    const rest = trimUnits(ctx, units.slice(from));
    if (!rest.length) return [];
    return [{ ...named(ctx, rest, 'PROGRAM', 'entities.event-name', 0.5, {}), blocker: true }];
  }
  const head = lastHead(ctx, units);
  if (!head) return [];
  const span = units.slice(0, head.end);
  const spanContent = contentUnits(span);
  if (spanContent.length === 1 && !head.pair) return [];
  const mods = spanContent.slice(0, -1).map((u) => u.text);
  const headText = spanContent[spanContent.length - 1]!.text;
  const generic = mods.every((m) => lx.genericModifiers.has(m) || lx.orgHeads.has(m));
  // "Joint Staff of the Armed Forces": the body is named before its complement, so its head decides plurality.
  const ofAt = span.findIndex((u) => u.connector);
  const bodyHead = ofAt > 0 && lx.orgHeads.has(span[ofAt - 1]!.text) ? span[ofAt - 1]!.text : headText;
  if (generic && (/s$/.test(bodyHead) || head.pair && spanContent.length === 2)) return [];
  if (head.type === 'PROGRAM') {
    // "the Military Doctrine", "National Security Concept": capitalized inside a sentence, the document's own named text.
    if (generic && !(lx.namedGenericProgramHeads.has(headText) && spanContent.length >= 2 && !isSentenceInitial(ctx, span[0]!.from))) return [];
    return [named(ctx, span, 'PROGRAM', 'entities.program.head', 0.8, { kind: lx.programHeadKinds.get(headText) ?? 'program' })];
  }
  if (head.type === 'PLACE') {
    // "Kashi Airport of Xinjiang Uygur Autonomous Region", "Atushi of Xinjiang ...": a place, then the region it lies in.
    const of = span.findIndex((u, k) => k > 0 && u.connector && u.text === 'of');
    const within = of > 0 ? contentUnits(span.slice(of + 1)) : [];
    if (of > 0 && within.length >= 2 && !span.slice(0, of).some((u) => u.connector)) {
      const inner = span.slice(0, of);
      const region = span.slice(span.indexOf(within[0]!));
      const innerHead = contentUnits(inner).length === 1 ? 'place' : null;
      return [
        named(ctx, inner, 'PLACE', 'entities.place.of-region', 0.7, { kind: innerHead ?? inner[inner.length - 1]!.text.toLowerCase() }),
        named(ctx, region, 'PLACE', 'entities.place.head', 0.8, { kind: headText.toLowerCase() }),
      ];
    }
    return [named(ctx, span, 'PLACE', 'entities.place.head', 0.8, { kind: headText.toLowerCase() })];
  }
  const attrs: Record<string, unknown> = { kind: 'organization' };
  const country = lx.demonyms.get(spanContent[0]!.text) || countryOf(ctx, spanContent[0]!);
  if (country) attrs.country = country;
  void text;
  return [named(ctx, span, 'ORG', 'entities.org.head', 0.8, attrs)];
}

function isSentenceInitial(ctx: RecognizerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !prev || prev.sentence !== ctx.words[i]!.sentence;
}

function isCountryWord(ctx: RecognizerContext, u: Unit): boolean {
  return !!countryOf(ctx, u);
}

function countryOf(ctx: RecognizerContext, u: Unit): string | null {
  const m = ctx.lx.names.longestAt(ctx.words, u.from);
  const e = m && m.to === u.to ? m.entries.find((x) => x.source === 'country') : undefined;
  return e ? (e.attrs.iso2 as string) : null;
}

/** The rightmost head word that can close the name; `end` is the unit index after the name. */
function lastHead(ctx: RecognizerContext, units: Unit[]): { end: number; type: 'ORG' | 'PROGRAM' | 'PLACE'; pair: boolean } | null {
  const { lx } = ctx;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.connector) continue;
    const prev = k > 0 && !units[k - 1]!.connector ? `${units[k - 1]!.text} ${u.text}` : '';
    const isLast = k === units.length - 1;
    const next = units[k + 1];
    // "X of Russia" closes at X: the country is its own mention and the org's attribute.
    const ofCountry = !!next && next.text === 'of' && units.slice(k + 1).filter((x) => !x.connector).length === 1 && isCountryWord(ctx, units[units.length - 1]!);
    const complement = !ofCountry && !!next && next.connector && (next.text === 'of' || next.text === 'for' || next.text === 'on');
    if (prev && lx.orgHeadPairs.has(prev)) {
      if (isLast) return { end: k + 1, type: 'ORG', pair: true };
      if (complement) return { end: units.length, type: 'ORG', pair: true };
      if (ofCountry) return { end: k + 1, type: 'ORG', pair: true };
    }
    // "Kant Air Base", "Edelweiss Training Area": bases and facilities are places.
    if (prev && isLast && lx.placeHeadPairs.has(prev)) return { end: k + 1, type: 'PLACE', pair: true };
    if (lx.programHeads.has(u.text) && (isLast || ofCountry || (complement && lx.programHeadsComplement.has(u.text)))) {
      return { end: isLast || ofCountry ? k + 1 : units.length, type: 'PROGRAM', pair: false };
    }
    if (lx.orgHeads.has(u.text)) {
      if (isLast) return { end: k + 1, type: 'ORG', pair: false };
      if (complement && lx.orgHeadsComplement.has(u.text)) return { end: units.length, type: 'ORG', pair: false };
      return { end: k + 1, type: 'ORG', pair: false };
    }
    if (lx.placeHeads.has(u.text) && isLast) return { end: k + 1, type: 'PLACE', pair: false };
  }
  return null;
}

function named(ctx: RecognizerContext, units: Unit[], type: 'ORG' | 'PROGRAM' | 'PLACE', rule: string, confidence: number, attrs: Record<string, unknown>): Candidate {
  const name = chunkText(ctx, units);
  return {
    from: units[0]!.from, to: units[units.length - 1]!.to, type, ref: { kind: 'named', name },
    rule, confidence, priority: PRIORITY.chunk, attrs,
  };
}
