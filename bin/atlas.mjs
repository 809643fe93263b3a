#!/usr/bin/env node
// The `atlas` command: runs the CLI built into dist/ (`npm run build`; `npm install`, `npm start`
// and `npm test` build it themselves). In a checkout, says so when src/ changed after the build.
import { existsSync, readdirSync, statSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
const stamp = new URL('../dist/.build-stamp', import.meta.url);
const src = new URL('../src/', import.meta.url);

if (!existsSync(built)) {
  console.error('atlas: the CLI is not built (no dist/cli/main.js); run `npm run build` in the atlas folder first');
  process.exit(1);
}
if (existsSync(src)) warnIfStale();

const { main } = await import(built.href);
await main(process.argv);

/** A checkout (src/ present, unlike an installed package): warn when a source file is newer than the build. */
function warnIfStale() {
  const builtAt = statSync(existsSync(stamp) ? stamp : built).mtimeMs;
  const newer = (dir) => readdirSync(dir, { withFileTypes: true }).some((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return newer(p);
    return !e.name.endsWith('.test.ts') && statSync(p).mtimeMs > builtAt;
  });
  if (newer(src.pathname.replace(/\/$/, ''))) {
    console.error('atlas: warning: src/ changed since dist/ was built; run `npm run build` (or `npm run atlas -- ARGS`, which builds first)');
  }
}
