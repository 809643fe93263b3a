import type { Extraction } from '../../model/document.ts';
import type { FactLink } from '../../model/links.ts';
import type { PipelineState } from '../state.ts';
import { findLinks } from './find-links.ts';

/**
 * The links of an extraction made elsewhere (hand-written fixtures, an older run): the link step
 * over its facts and the document's text. Only the fields the link finders read are filled.
 */
export function linksForExtraction(text: string, x: Extraction): FactLink[] {
  const state = {
    text, original: text, referenceDate: null,
    sentences: x.sentences, tokens: [], entities: new Map(x.entities.map((e) => [e.key, e])),
    mentions: x.mentions, numbers: [], dates: [], quantities: x.quantities, events: x.events,
    relations: x.relations, claims: x.claims,
  } as unknown as PipelineState;
  return findLinks(state);
}
