import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/nlp/steps/01-segment.ts';
import { loadKnowledge } from '../../src/nlp/knowledge/load.ts';
import { extract } from '../../src/nlp/pipeline.ts';
import { corpusFiles } from '../helpers/corpus.ts';

// wink-nlp learns words as it reads; the atlas must not: a document's extraction may not depend on
// what the process read before it (batch ingest order, a long-running server).
describe('extraction depends on the text alone', () => {
  const text = readFileSync(corpusFiles()[0]!, 'utf8');

  it('segments the development document identically on a second read in the same process', () => {
    const first = segmentText(text).tokens;
    const second = segmentText(text).tokens;
    expect(second.length).toBe(first.length);
    expect(second).toEqual(first);
  });

  it('extracts the same facts on a second run in the same process', () => {
    const kb = loadKnowledge();
    const first = extract(text, kb);
    expect(extract(text, kb)).toEqual(first);
  });
});
