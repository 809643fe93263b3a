#!/usr/bin/env node
// The `atlas` command: runs the CLI built into dist/ by scripts/build.mjs (`npm run build`; npm
// install, start, test and pack build it too). In a checkout (src/ beside dist/, unlike an
// installed package) it first rebuilds dist/ when a source file is newer than the last build, so
// `node bin/atlas.mjs` always runs the sources as they are; that check costs a few milliseconds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/main.js', import.meta.url);
const stamp = new URL('../dist/.build-stamp', import.meta.url);
const src = fileURLToPath(new URL('../src', import.meta.url));
const buildScript = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));

if (existsSync(src) && existsSync(buildScript) && isStale()) {
  const { spawnSync } = await import('node:child_process');
  console.error('atlas: dist/ is missing or older than src/; building it (npm run build)');
  const r = spawnSync(process.execPath, [buildScript], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) console.error('atlas: warning: the build failed; running the previous one, if any');
}
if (!existsSync(built)) {
  console.error('atlas: the CLI is not built (no dist/cli/main.js); run `npm run build` in the atlas folder');
  process.exit(1);
}
const { main } = await import(built.href);
await main(process.argv);

/** True when dist/ was never built or a source file (not a test) is newer than the last build. */
function isStale() {
  if (!existsSync(stamp)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  const newer = (dir) => readdirSync(dir, { withFileTypes: true }).some((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return newer(p);
    return !e.name.endsWith('.test.ts') && statSync(p).mtimeMs > builtAt;
  });
  return newer(src);
}
