import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { InvalidInput } from '../../model/errors.ts';
import { loadKnowledge } from '../../nlp/knowledge/load.ts';
import { extract } from '../../nlp/pipeline.ts';
import { toEvalOutput } from '../../nlp/eval-format.ts';

// Temporary reader until src/ingest lands: plain text only.
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
  } catch (e) {
    throw new InvalidInput(`atlas: cannot read ${file}: ${(e as Error).message}`, e);
  }
}

export async function runExtract(file: string, opts: { format: string }): Promise<void> {
  if (opts.format !== 'eval' && opts.format !== 'json') {
    throw new InvalidInput(`atlas: --format must be eval or json, found "${opts.format}"`);
  }
  const text = readText(file);
  const kb = loadKnowledge();
  const x = extract(text, kb);
  const out = opts.format === 'eval' ? toEvalOutput(basename(file), x) : x;
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}
