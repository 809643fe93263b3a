/**
 * One timed read + extract of one file, in its own process so a hang can be killed (used by
 * bench/hostile.ts). Prints `{"seconds":…,"rssMB":…,"error":…}` as JSON on stdout.
 */
import { readDocument } from '../src/ingest/read-document.ts';
import { loadKnowledge } from '../src/nlp/knowledge/load.ts';
import { extract } from '../src/nlp/pipeline.ts';

const file = process.argv[2];
const kb = loadKnowledge();
extract('The Ministry of Defense of Kazakhstan bought 12 helicopters in 2019.', kb); // warm-up: loads wink's model
const t = performance.now();
let error: string | null = null;
try {
  const doc = await readDocument(file);
  extract(doc.text, kb, { referenceDate: doc.publishedDate });
} catch (e) {
  error = (e as Error).message;
}
const seconds = (performance.now() - t) / 1000;
console.log(JSON.stringify({ seconds, rssMB: Math.round(process.resourceUsage().maxRSS / 1024), error }));
