import type { Sentence } from '../../model/provenance.ts';
import type { PipelineState, PipelineStep, Token } from '../state.ts';
import { wink } from '../wink.ts';

/**
 * Sentences and tokens with character offsets. wink-nlp tokenizes and finds sentence ends; a line
 * break always ends a sentence too, because headings and list items carry no final period.
 */
export const segment: PipelineStep = {
  id: 'segment',
  run(state: PipelineState) {
    const { sentences, tokens } = segmentText(state.text);
    state.sentences = sentences;
    state.tokens = tokens;
  },
};

export function segmentText(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const nlp = wink();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  // Lines are read separately: wink's boundaries never cross them and memory stays per paragraph.
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const doc = nlp.readDoc(line);
      cursor = lineStart;
      doc.sentences().each((s: { tokens(): { out(f: unknown): unknown } }) => {
        const values = s.tokens().out(its.value) as string[];
        const pos = s.tokens().out(its.pos) as string[];
        let first = -1;
        let last = -1;
        values.forEach((v, i) => {
          const at = text.indexOf(v, cursor);
          // wink rewrites a few tokens; such a token keeps the cursor where it was.
          if (at < 0 || at >= lineEnd) return;
          const tok: Token = { start: at, end: at + v.length, text: v, pos: pos[i] ?? 'X', sentence: sentences.length };
          cursor = tok.end;
          if (first < 0) first = tok.start;
          last = tok.end;
          tokens.push(tok);
        });
        if (first >= 0) sentences.push({ index: sentences.length, start: first, end: last });
      });
    }
    lineStart = lineEnd + 1;
  }
  return { sentences, tokens };
}
