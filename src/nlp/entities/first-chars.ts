/**
 * The characters a match of every pattern must start with, as a regex class ("[2ABM]"), when each pattern
 * opens with a group of plain literals ("(MiG|Mig|MIG)-..."); null when any pattern has another shape.
 * A lookahead on this class lets V8 skip positions that cannot start a match.
 */
export function firstCharClass(patterns: readonly string[]): string | null {
  const firsts = new Set<string>();
  for (const p of patterns) {
    const m = LEADING_LITERALS.exec(p);
    if (!m || hasTopLevelAlternation(p)) return null;
    for (const alt of m[1]!.split('|')) firsts.add(alt[0]!);
  }
  return firsts.size ? `[${[...firsts].sort().join('')}]` : null;
}

// A first group of literal alternatives, each starting with a letter or digit, that no quantifier makes optional.
const LEADING_LITERALS = /^\(([A-Za-z0-9][A-Za-z0-9 /-]*(?:\|[A-Za-z0-9][A-Za-z0-9 /-]*)*)\)(?![?*{])/;

/** A "|" outside every group and class: the pattern has alternatives that may start otherwise. */
function hasTopLevelAlternation(p: string): boolean {
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < p.length && p[i] !== ']'; i++) if (p[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
