import type { FactLink } from '../../model/links.ts';
import type { PipelineState } from '../state.ts';
import { LinkContext } from './context.ts';
import { linkChanges } from './changes.ts';
import { linkCurrencyPairs } from './currency-pairs.ts';
import { linkEventCues } from './event-cues.ts';
import { linkMentionCues } from './mention-cues.ts';
import { linkMoneyCues } from './money-cues.ts';
import { linkPartsToTotals } from './part-whole.ts';
import { linkPersonnelCues } from './personnel-cues.ts';
import { linkSharedCurrencies } from './shared-currency.ts';

/** Every link between the facts the earlier steps found, in a stable order (by finder, then position). */
export function findLinks(state: PipelineState): FactLink[] {
  const ctx = new LinkContext(state);
  for (const finder of [linkCurrencyPairs, linkPartsToTotals, linkChanges, linkMoneyCues, linkSharedCurrencies, linkPersonnelCues, linkEventCues, linkMentionCues]) finder(ctx);
  return ctx.links;
}
