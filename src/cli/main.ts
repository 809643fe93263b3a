import { Command } from 'commander';
import { AtlasError } from '../model/errors.ts';

/** Entry point of the `atlas` command. Each command module is loaded only when it runs. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('atlas')
    .description('Defense Atlas: an evidence-linked model of a defense establishment, built from documents.')
    .option('--debug', 'show stack traces on errors')
    .showHelpAfterError();

  program
    .command('extract')
    .description('extract entities, quantities and events from one file without storing them')
    .argument('<file>', 'a .txt, .md, .html, .pdf or .docx file')
    .option('--format <format>', 'eval (the contract of shared/eval/FORMAT.md) or json (full, with rules and spans)', 'json')
    .action(async (file: string, opts: { format: string }) => {
      const { runExtract } = await import('./commands/extract.ts');
      await runExtract(file, opts);
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    const debug = program.opts().debug;
    if (e instanceof AtlasError) {
      console.error(e.message.startsWith('atlas:') ? e.message : `atlas: ${e.message}`);
      if (debug) console.error(e.stack);
      process.exitCode = e.exitCode;
    } else {
      console.error(`atlas: ${(e as Error).message}`);
      if (debug) console.error((e as Error).stack);
      process.exitCode = 1;
    }
  }
}
