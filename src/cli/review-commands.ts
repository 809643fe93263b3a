import type { Command } from 'commander';

const collect = (v: string, prev: string[] = []) => [...prev, v];
const REVIEWER = 'who decides (default $ATLAS_REVIEWER, else the login name)';

/**
 * `atlas review ...`: analysts' decisions on facts (kept apart from extractions, re-attached to
 * new versions of a document by their quote), entity merges and splits, and the extractor's
 * precision by rule. Each subcommand's module is loaded only when it runs.
 */
export function registerReviewCommands(program: Command, withDb: (cmd: Command) => Command): void {
  const review = program.command('review')
    .description('review facts: list the queue, confirm, reject, correct or add facts, merge and split entities, precision by rule');
  const decide = (cmd: Command) => withDb(cmd).option('--reviewer <name>', REVIEWER).option('--comment <text>', 'why').option('--json', 'print the reviews as JSON');

  withDb(review.command('list'))
    .description('unreviewed facts, most important first (audit findings, figures in views, low confidence), or reviews by status')
    .option('--status <status>', 'unreviewed, reviewed, confirmed, rejected, corrected, added or orphaned', 'unreviewed')
    .option('--kind <kind>', 'mention, quantity, event, relation or claim')
    .option('--document <id>', 'only this document')
    .option('--limit <n>', 'rows at most', '50')
    .option('--no-rank', 'skip ranking by audit findings and views (faster)')
    .option('--json', 'print as JSON')
    .action(async (o) => (await import('./commands/review-list.ts')).runReviewList(o));
  decide(review.command('confirm')).description('the facts are right as extracted').argument('<facts...>', 'fact references (q12 e3 m40 r2 c1)')
    .action(async (refs: string[], o) => (await import('./commands/review-decide.ts')).runDecide('confirmed', refs, o));
  decide(review.command('reject')).description('the facts are wrong: views limited to reviewed facts leave them out').argument('<facts...>', 'fact references')
    .action(async (refs: string[], o) => (await import('./commands/review-decide.ts')).runDecide('rejected', refs, o));
  decide(review.command('correct')).description('the fact is real but some values are wrong: give the right ones').argument('<fact>', 'a fact reference')
    .option('--set <key=value>', 'a corrected value, repeatable (quantity: value low high qualifier kind unit subject holder status; event: type title cooperation date; mention: name type; relation: predicate label; claim: text kind)', collect)
    .action(async (ref: string, o) => (await import('./commands/review-decide.ts')).runDecide('corrected', [ref], o));
  decide(review.command('add')).description('a fact the extractor missed, on a span of a document').argument('<kind>', 'mention (of an entity), quantity (a figure) or event')
    .requiredOption('--document <id>', 'the document')
    .option('--quote <text>', 'the text the fact is stated in (its first occurrence, or --occurrence N)')
    .option('--occurrence <n>', 'which occurrence of --quote', '1')
    .option('--start <offset>', 'span start (character offset), instead of --quote')
    .option('--end <offset>', 'span end')
    .option('--set <key=value>', 'the fact\'s values, repeatable (quantity: value required; event: type and date; mention: name and type)', collect)
    .action(async (kind: string, o) => (await import('./commands/review-decide.ts')).runAdd(kind, o));
  withDb(review.command('withdraw')).description('withdraw a review: the fact is unreviewed again (an added fact is removed)').argument('<review>', 'review id')
    .action(async (id: string, o) => (await import('./commands/review-decide.ts')).runWithdraw(id, o));
  const entityCmd = (cmd: Command) => withDb(cmd).option('--reviewer <name>', REVIEWER).option('--comment <text>', 'why').option('--json', 'print the change as JSON');
  entityCmd(review.command('merge')).description('merge two entities: the second one\'s facts and names move to the first and the second is removed; undo with `review undo`')
    .argument('<keep>', 'entity kept (id, name or alias)').argument('<other>', 'entity merged into it (id, name or alias)')
    .action(async (keep: string, other: string, o) => (await import('./commands/review-entities.ts')).runMerge(keep, other, o));
  entityCmd(review.command('split')).description('split an entity: the mentions given name a new entity; undo with `review undo`')
    .argument('<entity>', 'entity to split (id, name or alias)')
    .requiredOption('--mentions <refs>', 'mentions of the new entity, comma-separated (m12,m40)')
    .requiredOption('--name <name>', 'name of the new entity')
    .option('--type <type>', 'type of the new entity (default: the split entity\'s)')
    .action(async (entity: string, o) => (await import('./commands/review-entities.ts')).runSplit(entity, o));
  entityCmd(review.command('undo')).description('undo a merge or split').argument('<change>', 'change id (see `review history`)')
    .action(async (id: string, o) => (await import('./commands/review-entities.ts')).runUndoChange(id, o));
  withDb(review.command('history')).description('merges and splits, oldest first')
    .option('--entity <entity>', 'only changes touching this entity')
    .option('--json', 'print as JSON')
    .action(async (o) => (await import('./commands/review-entities.ts')).runHistory(o));
  withDb(review.command('stats')).description('decisions, orphaned reviews, and the extractor\'s precision by rule')
    .option('--json', 'print as JSON')
    .action(async (o) => (await import('./commands/review-list.ts')).runReviewStats(o));
}
