#!/usr/bin/env node
// Builds the `atlas` command (CLI and HTTP server) from src/ into dist/cli/ with esbuild: one
// module for the entry (dist/cli/main.js) and code-split chunks beside it, one per set of commands
// that share code, so a command loads only what it runs (`stats` never loads the NLP model or the
// web server). Packages stay imports from node_modules except kysely, zod and commander, which are
// bundled in because loading their hundreds of small ES modules one by one was most of a cold start
// (fastify-type-provider-zod comes along so the API and the model share one zod). Type checking is
// `npm run typecheck` (tsc); esbuild only strips types. `npm run bench:startup` measures the result.
//
// Paths: a module that finds a file relative to itself (`new URL('../../knowledge', import.meta.url)`)
// sees the import.meta.url it would have in a file-per-module build (dist/<path under src>.js), so
// knowledge/, schema/ and web/dist/ resolve from the package root as they do from src/, and the
// data files that sit beside the code (src/**/*.json) are copied to the same places under dist/.
//
// Worker threads: a worker entry in src/ (src/**/*.mjs) registers tsx in its thread and imports its
// TypeScript body (`await import('./x-body.ts')`). The build makes each body an entry point of its
// own and writes dist/<same path>.mjs importing the built body, so `new Worker(new URL('./x.mjs',
// import.meta.url))` finds it with no tsx at run time.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const outdir = join(dist, 'cli');
const BUNDLED_PACKAGES = new Set(['kysely', 'commander', 'zod', 'fastify-type-provider-zod']);

const packageName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** Every package import stays external except the few bundled in. */
const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_PACKAGES.has(packageName(args.path)) ? undefined : { path: args.path, external: true }));
  },
};

/** import.meta.url of src/a/b.ts becomes the URL of dist/a/b.js, resolved from the chunk it lands in. */
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url') || !args.path.startsWith(src)) return undefined;
      const mirror = join(dist, relative(src, args.path)).replace(/\.tsx?$/, '.js');
      const rel = relative(outdir, mirror).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * Writes a file only when its bytes changed, through a temporary file and a rename, so an atlas
 * process already running from dist/ never reads a half-written module.
 */
function put(path, bytes) {
  try {
    if (Buffer.compare(readFileSync(path), bytes) === 0) return;
  } catch { /* new file */ }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** Every file under `dir` whose name ends with `suffix`. */
function filesUnder(dir, suffix) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p, suffix);
    return e.name.endsWith(suffix) ? [p] : [];
  });
}

/** The worker entries of src/: each .mjs, the TypeScript body it imports, and a flat entry name for that body. */
const workers = filesUnder(src, '.mjs').map((entry) => {
  const body = /import\(\s*['"](\.\.?\/[^'"]+\.ts)['"]\s*\)/.exec(readFileSync(entry, 'utf8'))?.[1];
  if (!body) throw new Error(`build: ${relative(root, entry)} imports no ./*.ts body`);
  const bodyPath = join(dirname(entry), body);
  return { entry, bodyPath, name: relative(src, bodyPath).replace(/\.ts$/, '').split(/[\\/]/).join('--') };
});

function copyData(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) copyData(p);
    else if (name.endsWith('.json')) put(join(dist, relative(src, p)), readFileSync(p));
  }
}

const result = await build({
  entryPoints: { main: join(src, 'cli', 'main.ts'), ...Object.fromEntries(workers.map((w) => [w.name, w.bodyPath])) },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  chunkNames: '[name]-[hash]',
  write: false,
  logLevel: 'warning',
  // commander is CommonJS; its require() of node builtins needs a real require in an ES module.
  banner: { js: "import { createRequire as __atlasCreateRequire } from 'node:module'; const require = __atlasCreateRequire(import.meta.url);" },
  plugins: [externals, moduleUrls],
});
const written = new Set(result.outputFiles.map((f) => f.path));
for (const f of result.outputFiles) put(f.path, f.contents);
// Chunks of earlier builds that this one no longer has.
for (const name of readdirSync(outdir)) if (!written.has(join(outdir, name))) rmSync(join(outdir, name), { force: true });
copyData(src);
for (const w of workers) {
  const out = join(dist, relative(src, w.entry));
  const target = relative(dirname(out), join(outdir, `${w.name}.js`)).split('\\').join('/');
  put(out, Buffer.from(`// Built from ${relative(root, w.entry)} by scripts/build.mjs: runs the built worker body.\nawait import('${target.startsWith('.') ? target : `./${target}`}');\n`));
}
// bin/atlas.mjs compares this stamp with src/ to rebuild a stale build in a checkout.
writeFileSync(join(dist, '.build-stamp'), `${new Date().toISOString()}\n`);
