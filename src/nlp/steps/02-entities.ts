import type { PipelineState, PipelineStep } from '../state.ts';
import { lexiconOf } from '../entities/lexicon.ts';
import { tokenize } from '../entities/tokens.ts';
import { recognize } from '../entities/build.ts';
import { posLookup, type RecognizerContext } from '../entities/context.ts';

/**
 * Named things: places, organizations, programs, equipment and people. Known names come from the
 * gazetteer and catalogs; unknown ones from head words, titles, given names, designations and acronym definitions.
 */
export const recognizeEntities: PipelineStep = {
  id: 'entities',
  run(state: PipelineState) {
    const ctx: RecognizerContext = {
      text: state.text, words: tokenize(state.text, state.sentences), lx: lexiconOf(state.kb), posAt: posLookup(state.tokens),
      authors: state.meta.pageSpans.filter((p) => p.rule === 'meta.author'),
    };
    const r = recognize(ctx);
    for (const [k, e] of r.entities) state.entities.set(k, e);
    // One by one: spreading ~150k mentions as arguments overflows the call stack.
    for (const m of r.mentions) state.mentions.push(m);
  },
};
