import { writeFileSync } from 'node:fs';

// Written for these tests; the countries, units and people are invented.
const TEMPLATES = [
  (i: number) => `In March ${1990 + (i % 30)} the Ruritanian Ministry of Defence ordered ${10 + (i % 90)} armoured vehicles from Sylvania.`,
  (i: number) => `General Anton Keller said the ${i}th mountain brigade would hold an exercise with Sylvanian troops in ${2000 + (i % 20)}.`,
  (i: number) => `The defence budget of Ruritania rose to ${1 + (i % 9)}.${i % 10} billion dollars, about ${1 + (i % 4)} percent of output.`,
  (i: number) => `Some ${1000 + i} soldiers of the Ruritanian Ground Forces trained at the Northern Range under Colonel Marta Vogel.`,
];

/** Writes a report of `sentences` sentences (long enough that extracting it takes a while) and returns its path. */
export function writeLongReport(path: string, sentences: number): string {
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) lines.push(TEMPLATES[i % TEMPLATES.length]!(i));
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 6) paragraphs.push(lines.slice(i, i + 6).join(' '));
  writeFileSync(path, `Ruritania's armed forces in review\n\n${paragraphs.join('\n\n')}\n`);
  return path;
}
