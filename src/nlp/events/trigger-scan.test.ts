import { describe, expect, it } from 'vitest';
import { allMatches } from '../all-matches.ts';
import { compileTriggerScanner, scanTriggers } from './trigger-scan.ts';

const patterns = ['signed (?:an? )?(?:[\\w-]+ ){0,2}(?:treaty|accord)', 'sign(?:s|ed)?', 'exercises?', '(?:first|next|\\d+(?:st|nd|rd|th)) rotations?', '(?<!(?:was|were)\\s)met', 'war games?'];

// What one big alternation finds: the reference the scanner must reproduce.
function reference(body: string) {
  const whole = new RegExp(`\\b(?:${patterns.map((p) => `(?:${p})`).join('|')})(?![\\w-])`, 'gi');
  return allMatches(whole, body).map((m) => ({
    index: m.index, length: m[0].length,
    alternative: patterns.findIndex((p) => new RegExp(`^(?:${p})(?![\\w-])`, 'i').test(body.slice(m.index))),
  }));
}

describe('scanTriggers', () => {
  const scanner = compileTriggerScanner(patterns);
  const bodies = [
    'In 2004 the two ministers Signed a new bilateral treaty and met again at the 3rd rotation.',
    'They were met by officials; post-war exercises, war games and the next rotation followed. Signs of signing.',
    'Nothing here: designed, resigned, cosigned, exercised-by, commissioned.',
  ];

  it('finds exactly what the whole alternation finds, with the alternative it took', () => {
    for (const body of bodies) expect(scanTriggers(scanner, body)).toEqual(reference(body));
  });

  it('prefers the earlier (more specific) alternative at one place', () => {
    const [hit] = scanTriggers(scanner, 'they signed a defense treaty');
    expect(hit).toEqual({ index: 5, length: 23, alternative: 0 });
  });

  it('falls back to the whole alternation when a first character is unknown', () => {
    const fallback = compileTriggerScanner(['[a-z]+ drills', 'met']);
    expect(fallback.whole).not.toBeNull();
    expect(scanTriggers(fallback, 'Units met for naval drills.').map((m) => m.alternative)).toEqual([1, 0]);
  });
});
