/**
 * Sentences are stored by index from 0; people count from 1, as the web atlas does ("sentence 29").
 * Terminal output prints `§29` for stored index 28; `--json` keeps the stored index.
 */
export function sentenceLabel(index: number): string {
  return `§${index + 1}`;
}
