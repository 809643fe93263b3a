// Worker-thread entry of the warm-up: registers tsx's loader in this thread, then runs the body.
import { register } from 'tsx/esm/api';

register();
await import('./warm-up-worker-body.ts');
