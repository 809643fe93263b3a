import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { designationKey, findDesignations } from './designations.ts';
import type { NamePayload } from './lexicon.ts';

/** Designations (MiG-29, S-300, BTR-80, C-130, Type 99): the number is part of the name, a plural s folds away. */
export function recognizeDesignations(ctx: RecognizerContext): Candidate[] {
  const { words, lx, text } = ctx;
  const out: Candidate[] = [];
  const hits = findDesignations(text, lx.designations);
  if (!hits.length) return out;
  // Map char offsets to word indices with one forward walk (hits come in text order).
  let wi = 0;
  for (const h of hits) {
    while (wi < words.length && words[wi]!.end <= h.start) wi++;
    const from = wi;
    let to = from;
    while (to < words.length && words[to]!.start < h.end) to++;
    if (from >= to || words[from]!.start !== h.start || words[to - 1]!.end !== h.end) continue;
    const item = lx.equipmentByDesignation.get(designationKey(h.canonical) ?? '') ?? lx.equipmentByDesignation.get(designationKey(h.written) ?? '');
    // "Mi-24 Hind", "UH-60 Black Hawk": the reporting name or nickname written after the designation belongs to it.
    const nick = item ? nicknameAfter(ctx, to, item.aliases) : 0;
    const full = nick ? text.slice(words[from]!.start, words[to + nick - 1]!.end) : null;
    to += nick;
    const payload: NamePayload | null = item
      ? { type: 'EQUIPMENT', id: `gz:${item.id}`, source: 'equipment', canonical: item.name, attrs: { role: item.role, origin: item.origin, family: item.family } }
      : null;
    out.push({
      from, to, type: 'EQUIPMENT',
      ref: { kind: 'equipment', canonical: h.canonical, payload, role: item?.role ?? h.pattern.role, origin: item?.origin ?? h.pattern.origin },
      rule: `entities.equipment.${h.pattern.id}`, confidence: item ? 0.95 : 0.85, priority: PRIORITY.equipment,
      attrs: { role: item?.role ?? h.pattern.role, origin: item?.origin ?? h.pattern.origin, family: item?.family ?? (h.pattern.prefix || null) },
      surface: h.written,
      ...(full ? { extraAliases: [{ alias: full, kind: 'short' as const }] } : {}),
    });
  }
  return out;
}

/** How many words after `at` spell one of the item's names without digits ("Hind", "Black Hawk"); 0 when none do. */
function nicknameAfter(ctx: RecognizerContext, at: number, aliases: readonly string[]): number {
  const { words } = ctx;
  for (const alias of aliases) {
    if (/\d/.test(alias)) continue;
    const parts = alias.split(' ');
    if (parts.every((p, k) => words[at + k]?.text === p && words[at + k]!.spaceBefore && words[at + k]!.sentence === words[at]!.sentence)) return parts.length;
  }
  return 0;
}
