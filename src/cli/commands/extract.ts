import { basename } from 'node:path';
import { InvalidInput } from '../../model/errors.ts';
import { readFileSync } from 'node:fs';
import type { DocumentInput } from '../../model/document.ts';
import { loadKnowledge } from '../../nlp/knowledge/load.ts';
import { extract } from '../../nlp/pipeline.ts';
import { toEvalOutput } from '../../nlp/eval-format.ts';
import { printJson } from '../format.ts';

export async function runExtract(file: string, opts: { format: string }): Promise<void> {
  if (opts.format !== 'eval' && opts.format !== 'json') {
    throw new InvalidInput(`atlas: --format must be eval or json, found "${opts.format}"`);
  }
  const doc = await readAny(file);
  const x = extract(doc.text, loadKnowledge(), { referenceDate: doc.publishedDate });
  printJson(opts.format === 'eval' ? toEvalOutput(basename(file), x) : { document: { ...doc, text: undefined }, ...x });
}

// TEMPORARY until src/ingest lands: fall back to plain text.
async function readAny(file: string): Promise<Pick<DocumentInput, 'text' | 'publishedDate'>> {
  try {
    const mod = await import('../../ingest/read-document.ts' as string);
    return await mod.readDocument(file);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    return { text: readFileSync(file, 'utf8').normalize('NFC').replace(/\r\n?/g, '\n'), publishedDate: null };
  }
}
