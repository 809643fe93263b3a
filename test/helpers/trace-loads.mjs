// `node --import ./test/helpers/trace-loads.mjs ...`: appends the URL of every module the process
// loads through the ES module loader (ours and packages' entry points) to $ATLAS_TRACE_LOADS.
import { register } from 'node:module';

register('./trace-loads-hooks.mjs', import.meta.url);
