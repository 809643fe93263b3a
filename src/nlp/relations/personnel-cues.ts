import { foldName } from '../../model/names.ts';
import { linkCues } from './cues.ts';
import { q, type LinkContext } from './context.ts';
import { findWord } from './words.ts';

/**
 * Personnel cues, each on one figure: strength_excluded (the sentence is about housing, pay,
 * training... not the size of a force); partial_force (a part of a force: contract servicemen, a
 * contingent abroad, engineers; value the word); whole_force (the figure counts a force's people with
 * no such qualifier); holder_other_clause (its holder is named only in another clause); education_context,
 * abroad, per_period, outcome_kind (on a percentage: attrition or retention).
 */
export function linkPersonnelCues(ctx: LinkContext): void {
  const cues = linkCues();
  const breakRe = new RegExp(cues.clauseBreak, 'i');
  for (const [sentenceIndex, group] of ctx.quantitiesBySentence) {
    const sentence = ctx.sentence(sentenceIndex);
    if (!sentence) continue;
    const cue = (type: string, rule: string, index: number, hit: { start: number; end: number } | null, value: string | null = null) => {
      if (hit) ctx.add({ type, rule, from: q(index), value, sentence: sentenceIndex, start: hit.start, end: hit.end });
    };
    for (const x of group) {
      const f = x.fact;
      if (f.kind !== 'personnel' && f.kind !== 'percent' && f.unit !== 'percent') continue;
      const words = (list: string[]) => findWord(sentence.text, list, sentence.start);
      cue('education_context', 'education-words', x.index, words(cues.educationWords));
      cue('abroad', 'abroad-words', x.index, words(cues.abroadWords));
      cue('per_period', 'per-period-words', x.index, words(cues.perPeriodWords));
      if (f.kind !== 'personnel') {
        // A stated share of those who stay or leave: the sentence's words say which (staying first: "only a third remain").
        const retention = words(cues.retentionWords);
        const attrition = retention ? null : words(cues.attritionWords);
        if (retention) cue('outcome_kind', 'retention-words', x.index, retention, 'retention');
        else if (attrition) cue('outcome_kind', 'attrition-words', x.index, attrition, 'attrition');
      }
      if (f.kind !== 'personnel') continue;
      const excluded = words(cues.strengthExcludeWords);
      cue('strength_excluded', 'strength-exclude-words', x.index, excluded);
      const unit = foldName(f.unit ?? '');
      const partial = findWord(f.unit ?? '', cues.partialForceWords) ?? findWord(f.subject ?? '', cues.partialForceWords);
      // Words just around the figure, up to the next figure: "the 300-strong contingent", "2,000 troops deployed abroad".
      const next = group.find((y) => y.fact.start >= f.end)?.fact.start ?? sentence.end;
      const prev = [...group].reverse().find((y) => y.fact.end <= f.start)?.fact.end ?? sentence.start;
      const from = Math.max(prev, f.start - 40);
      const partialInSentence = partial ? null : findWord(ctx.between(from, Math.min(next, f.end + 60)), cues.partialForceWords, from);
      if (partial) cue('partial_force', 'partial-force-unit', x.index, { start: f.start, end: f.end }, partial.word);
      else if (partialInSentence) cue('partial_force', 'partial-force-context', x.index, partialInSentence, partialInSentence.word);
      else if (!excluded && (!unit || cues.wholeForceUnits.some((w) => foldName(w) === unit))) cue('whole_force', 'whole-force-unit', x.index, { start: f.start, end: f.end });
      // A holder named only in an earlier clause ("X was created, and the number of Y rose to 12,000").
      if (f.holderKey) {
        const here = (ctx.mentionsBySentence.get(sentenceIndex) ?? []).filter((mm) => mm.fact.entityKey === f.holderKey);
        const sameClause = here.some((mm) => (mm.fact.start >= f.end ? !breakRe.test(ctx.between(f.end, mm.fact.start)) : !breakRe.test(ctx.between(mm.fact.end, f.start))));
        if (here.length && !sameClause) cue('holder_other_clause', 'holder-clause-break', x.index, { start: f.start, end: f.end });
      }
    }
    linkOutcomes(ctx, sentenceIndex, group);
  }
}

/** Rule outcome-of-cohort: "of the 250 officers trained abroad, 110 resigned": the outcome → its cohort. */
function linkOutcomes(ctx: LinkContext, sentenceIndex: number, group: ReturnType<LinkContext['quantitiesBySentence']['get']> & object): void {
  const cues = linkCues();
  const sentence = ctx.sentence(sentenceIndex)!;
  const people = group.filter((x) => x.fact.kind === 'personnel');
  for (let i = 0; i + 1 < people.length; i++) {
    const [cohort, outcome] = [people[i], people[i + 1]];
    const lead = ctx.between(Math.max(0, cohort.fact.start - 12), cohort.fact.start);
    if (outcome.fact.value > cohort.fact.value || !cues.cohortLead.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/ /g, '\\s+')}\\s+(the\\s+)?$`, 'iu').test(lead))) continue;
    const rest = ctx.between(outcome.fact.start, sentence.end);
    const kind = findWord(rest, cues.attritionWords) ? 'attrition' : findWord(rest, cues.retentionWords) ? 'retention' : null;
    if (!kind) continue;
    ctx.add({ type: 'outcome_of', rule: 'outcome-of-cohort', from: q(outcome.index), to: q(cohort.index), value: kind, sentence: sentenceIndex, start: cohort.fact.start, end: outcome.fact.end });
  }
}
