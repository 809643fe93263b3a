import { basename } from 'node:path';
import { InvalidInput } from '../../model/errors.ts';
import { limitsFromOptions, type ReadLimits } from '../../ingest/limits.ts';
import { readDocument } from '../../ingest/read-document.ts';
import { loadKnowledge } from '../../nlp/knowledge/load.ts';
import { extract } from '../../nlp/pipeline.ts';
import { toEvalOutput } from '../../nlp/eval-format.ts';
import { printJson } from '../format.ts';
import { dateOption } from '../date-option.ts';

export async function runExtract(file: string, opts: { format: string; date?: string } & Partial<Record<keyof ReadLimits, string>>): Promise<void> {
  if (opts.format !== 'eval' && opts.format !== 'json') {
    throw new InvalidInput(`atlas: --format must be eval or json, found "${opts.format}"`);
  }
  const publishedDate = dateOption(opts.date);
  const read = await readDocument(file, limitsFromOptions(opts));
  const doc = publishedDate ? { ...read, publishedDate } : read;
  const x = extract(doc.text, loadKnowledge(), { referenceDate: doc.publishedDate });
  printJson(opts.format === 'eval' ? toEvalOutput(basename(file), x) : { document: { ...doc, text: undefined }, ...x });
}

