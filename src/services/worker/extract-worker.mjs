// Worker-thread entry: registers tsx's loader in this thread, then runs the TypeScript worker body.
// (Loader hooks registered on the main thread are not inherited by worker threads on Node 20.)
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker-body.ts');
