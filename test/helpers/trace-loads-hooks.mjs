import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.ATLAS_TRACE_LOADS) appendFileSync(process.env.ATLAS_TRACE_LOADS, `${url}\n`);
  return nextLoad(url, context);
}
