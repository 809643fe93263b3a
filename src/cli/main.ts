import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { AtlasError } from '../model/errors.ts';
import { DEFAULT_DB } from './defaults.ts';
import { VIEW_CATALOG } from '../model/view-catalog.ts';
import { exitQuietlyOnBrokenPipe } from './epipe.ts';
import { registerReviewCommands } from './review-commands.ts';

/** The package's version, from its package.json (two folders up, from src/cli/ as from dist/cli/). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

const DB_HELP = 'database: a SQLite file path or a postgres://USER@HOST:PORT/DATABASE URL (default ./atlas.db, or $ATLAS_DB)';

/** Entry point of the `atlas` command. Each command module is loaded only when it runs, so --help is fast. */
export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnBrokenPipe();
  const program = new Command();
  program
    .name('atlas')
    .description('Defense Atlas: an evidence-linked model of a defense establishment, built from documents.\nEvery figure traces back to the sentence it came from.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'show stack traces on errors')
    .showHelpAfterError()
    .exitOverride();

  const withDbOption = (cmd: Command) => cmd.option('--db <path|url>', DB_HELP, DEFAULT_DB);
  // Bounds on what one file may cost to read (defaults in src/ingest/limits.ts); K, M and G suffixes are binary.
  const withLimitOptions = (cmd: Command) => cmd
    .option('--max-file-size <bytes>', 'largest file read, in bytes (default 64M)')
    .option('--max-expanded-size <bytes>', 'largest a .docx archive may expand to, in bytes (default 64M)')
    .option('--max-text-length <chars>', 'longest document text, in characters (default 16M)')
    .option('--max-depth <levels>', 'deepest nesting of HTML elements (default 1000)');

  withDbOption(program.command('up'))
    .description('quick start: ingest the corpus folder ($ATLAS_CORPUS or ../shared/corpus), then serve the web atlas')
    .option('--corpus <dir>', 'folder to ingest')
    .option('--port <n>', 'port (default 8080, or $PORT)')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'write token for uploads (default $ATLAS_TOKEN, else generated and printed); required to bind a non-loopback address')
    .option('--allowed-host <names>', 'extra Host names to answer to, comma-separated (default $ATLAS_ALLOWED_HOSTS)')
    .action(async (o) => (await import('./commands/up.ts')).runUp(o));

  withLimitOptions(withDbOption(program.command('ingest')))
    .description('read, extract and store documents (.txt .md .html .htm .pdf .docx; folders recursively)')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'print nothing but errors')
    .option('--date <YYYY-MM-DD>', 'publication date of the documents, over what their metadata or text states (relative dates are read from it)')
    .option('--jobs <n>', 'threads that read and extract (default: one per core); this one stores, in input order')
    .action(async (paths: string[], o) => { await (await import('./commands/ingest.ts')).runIngest(paths, o); });

  // Past one machine: jobs in PostgreSQL (pg-boss), taken by any number of workers (docs/scaling.md).
  withDbOption(program.command('enqueue'))
    .description('record one ingest job per document version (path + content hash) in PostgreSQL, for `atlas worker` to take')
    .argument('<paths...>', 'files or folders')
    .option('--max-payload <bytes>', 'largest file put into a job, in bytes (default 16M)')
    .option('--timeout <seconds>', 'seconds a job may run before it is taken for lost and retried (default 600)')
    .option('--retries <n>', 'retries after a failure or a lost worker (default 2)')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'print nothing but errors')
    .action(async (paths: string[], o) => { await (await import('./commands/queue-enqueue.ts')).runEnqueue(paths, o); });

  withLimitOptions(withDbOption(program.command('worker')))
    .description('take ingest jobs from PostgreSQL and store each document, until stopped (run any number, on any machines)')
    .option('--exit-when-done', 'stop once no job is queued, retrying or running')
    .option('--poll <ms>', 'how often an idle worker asks for a job, in milliseconds (default 1000)')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'print nothing but errors')
    .action(async (o) => { await (await import('./commands/queue-worker.ts')).runWorker(o); });

  withDbOption(program.command('jobs'))
    .description('progress of the ingest jobs: queued, active, done, failed (with errors)')
    .option('--limit <n>', 'active and failed jobs listed at most', '100')
    .option('--json', 'print as JSON')
    .action(async (o) => { await (await import('./commands/queue-jobs.ts')).runJobs(o); });

  withLimitOptions(program.command('extract'))
    .description('extract entities, quantities and events from one file without storing them')
    .argument('<file>', 'a .txt, .md, .html, .pdf or .docx file')
    .option('--format <format>', 'eval (the contract of shared/eval/FORMAT.md) or json (everything, with rules and spans)', 'json')
    .option('--date <YYYY-MM-DD>', 'publication date of the document, over what its metadata or text states')
    .action(async (file: string, o) => (await import('./commands/extract.ts')).runExtract(file, o));

  withDbOption(program.command('serve'))
    .description('serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI')
    .option('--port <n>', 'port', '8080')
    .option('--host <addr>', 'address to bind (127.0.0.1 unless told otherwise)', '127.0.0.1')
    .option('--max-upload <bytes>', 'largest accepted upload in bytes', String(20 * 1024 * 1024))
    .option('--token <token>', 'write token for uploads (default $ATLAS_TOKEN, else generated and printed); required to bind a non-loopback address')
    .option('--allowed-host <names>', 'extra Host names to answer to, comma-separated (default $ATLAS_ALLOWED_HOSTS)')
    .action(async (o) => {
      const serve = await import('./commands/serve.ts');
      const r = await serve.runServe(o);
      console.log(`Defense Atlas is serving ${r.url} (API docs: ${r.url}api/docs)`);
      console.log(serve.tokenNotice(r));
    });

  withDbOption(program.command('stats')).description('counts of documents, sentences, entities and facts')
    .option('--json', 'print as JSON')
    .action(async (o) => (await import('./commands/read-commands.ts')).runStats(o));

  withDbOption(program.command('entities')).description('list entities')
    .option('--type <type>', 'PERSON, ORG, PLACE, EQUIPMENT or PROGRAM')
    .option('--query <text>', 'names or aliases containing this')
    .option('--limit <n>', 'rows per page', '50')
    .option('--offset <n>', 'rows to skip', '0')
    .option('--json', 'print as JSON')
    .action(async (o) => (await import('./commands/read-commands.ts')).runEntities(o));

  withDbOption(program.command('show')).description('one entity: aliases, mentions with their sentences, quantities, events, relations')
    .argument('<entity>', 'entity id, name or alias (e.g. CSTO)')
    .option('--json', 'print as JSON')
    .action(async (ref: string, o) => (await import('./commands/read-commands.ts')).runShow(ref, o));

  withDbOption(program.command('search')).description('full-text search over sentences and entity names')
    .argument('<text>', 'words to look for')
    .option('--limit <n>', 'sentences per page', '20')
    .option('--offset <n>', 'sentences to skip', '0')
    .option('--json', 'print as JSON')
    .action(async (text: string, o) => (await import('./commands/read-commands.ts')).runSearch(text, o));

  withDbOption(program.command('explain')).description('the rule, span and sentence behind one fact')
    .argument('<fact>', 'a fact reference: m12 (mention), q3 (quantity), e7 (event), r2 (relation), c1 (claim)')
    .option('--json', 'print as JSON')
    .action(async (ref: string, o) => (await import('./commands/explain.ts')).runExplain(ref, o));

  withDbOption(program.command('export')).description('write documents, entities, mentions, quantities and events with provenance columns')
    .requiredOption('--out <dir>', 'folder to write into')
    .option('--format <format>', 'csv or jsonl', 'csv')
    .option('--json', 'print the list of written files as JSON')
    .option('--reviewed-only', 'only reviewed facts: confirmed, corrected (with the corrected values) and added by hand')
    .action(async (o) => (await import('./commands/export.ts')).runExport(o));

  // One command per registered view; positional arguments first, then --options, as its catalog entry says.
  for (const view of VIEW_CATALOG) {
    const cmd = withDbOption(program.command(view.id)).description(view.describe);
    const positional = view.params.filter((p) => p.cli === 'argument');
    for (const p of positional) cmd.argument(p.required ? `<${p.name}>` : `[${p.name}]`, p.help);
    for (const p of view.params) if (p.cli === 'option') cmd.option(`--${p.name} <${p.name}>`, p.help);
    cmd.option('--json', 'print as JSON (what GET /api/views/' + view.id + ' answers)');
    cmd.option('--reviewed-only', 'only reviewed facts: confirmed, corrected (with the corrected values) and added by hand');
    cmd.action(async (...args: unknown[]) => {
      const o = args[positional.length] as { db: string; json?: boolean; reviewedOnly?: boolean } & Record<string, unknown>;
      const params: Record<string, unknown> = {};
      positional.forEach((p, i) => { if (args[i] !== undefined) params[p.name] = args[i]; });
      for (const p of view.params) if (p.cli === 'option' && o[p.name] !== undefined) params[p.name] = o[p.name];
      await (await import('./commands/views.ts')).runView(view.id, params, o);
    });
  }

  registerReviewCommands(program, withDbOption);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = reportError(e, Boolean(program.opts().debug));
  }
}

function reportError(e: unknown, debug: boolean): number {
  const err = e as { code?: string; exitCode?: number; message?: string; stack?: string };
  // commander has already printed its own message (unknown option, missing argument, --help).
  if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
  }
  const message = err.message ?? String(e);
  console.error(message.startsWith('atlas:') ? message : `atlas: ${message}`);
  if (debug) console.error(err.stack);
  return e instanceof AtlasError ? e.exitCode : 1;
}
