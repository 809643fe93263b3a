import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/corpus.ts';

/**
 * vitest global setup: the CLI tests run the built `atlas` (bin/atlas.mjs -> dist/), so build it
 * from the current sources first (esbuild, about a second) rather than test a stale dist/.
 */
export default function buildCli(): void {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
}
