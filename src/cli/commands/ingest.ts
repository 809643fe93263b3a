import cliProgress from 'cli-progress';
import { displayPath } from '../../ingest/display-path.ts';
import { limitsFromOptions, type ReadLimits } from '../../ingest/limits.ts';
import { InvalidInput } from '../../model/errors.ts';
import { defaultJobs, ingestPaths, type IngestSummary } from '../../services/ingest-documents.ts';
import { printJson } from '../format.ts';
import { withDb } from '../open-db.ts';
import { dateOption } from '../date-option.ts';

type LimitOptions = Partial<Record<keyof ReadLimits, string>>;

/** `--jobs N`: a whole number from 1 up; absent, one per core. */
export function jobsFromOption(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 256) {
    throw new InvalidInput(`atlas: --jobs must be a whole number from 1 to 256, found "${value}"`);
  }
  return Number(value);
}

export async function runIngest(paths: string[], opts: { db: string; json?: boolean; quiet?: boolean; jobs?: string; date?: string } & LimitOptions): Promise<IngestSummary> {
  const limits = limitsFromOptions(opts);
  const jobs = jobsFromOption(opts.jobs);
  const publishedDate = dateOption(opts.date);
  let orphaned = 0;
  const summary = await withDb(opts.db, async (store) => {
    // A bar only where a person watches: on a TTY, and not when the output is JSON.
    const showBar = process.stderr.isTTY && !opts.json && !opts.quiet;
    const bar = showBar
      ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
    const result = await ingestPaths(store, paths, {
      onStart: (total) => bar?.start(total, 0, { file: '' }),
      onFile: (path, outcome) => {
        bar?.increment({ file: displayPath(path.split('/').pop() ?? '') });
        if ('error' in outcome && !bar && !opts.json) console.error(`atlas: skipped ${displayPath(path)}: ${outcome.error}`);
      },
    }, limits, { jobs, publishedDate });
    bar?.stop();
    // New versions re-attach analysts' reviews; say so loudly when some could not be.
    orphaned = result.documents.replaced > 0 ? (await store.reviews({ orphaned: true })).length : 0;
    return result;
  }, { create: true });

  if (opts.json) printJson(summary);
  else if (!opts.quiet) {
    printSummary(summary);
    if (orphaned > 0) console.log(`reviews    ${orphaned} orphaned: their text is gone (atlas review list --status orphaned)`);
  }
  if (summary.failures.length > 0) process.exitCode = 1;
  return summary;
}

export function printSummary(s: IngestSummary): void {
  const d = s.documents;
  console.log(`documents  ${d.added} added, ${d.replaced} replaced, ${d.unchanged} unchanged`);
  if (d.replaced > 0) {
    const r = s.references;
    const redirected = r.redirected > 0 ? `; ${r.redirected} of those lead to a successor` : '';
    const restored = r.restored > 0 ? `; ${r.restored} earlier references restored` : '';
    console.log(`references ${r.kept} of ${r.kept + r.removed} kept by the new versions, ${r.removed} removed${redirected}${restored}`);
  }
  console.log(`sentences  ${s.sentences}`);
  console.log(`entities   ${s.entities} (${s.mentions} mentions)`);
  console.log(`quantities ${s.quantities}`);
  console.log(`events     ${s.events}`);
  console.log(`failures   ${s.failures.length}`);
  for (const f of s.failures) console.log(`  ${displayPath(f.path)}: ${f.error}`);
  for (const k of s.skipped) console.log(`  skipped ${displayPath(k.path)}: ${k.reason}`);
}
