import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/analysis/index.ts';
import { WARM_PATHS } from '../../src/api/warm-up.ts';
import { VIEW_CATALOG } from '../../src/model/view-catalog.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';
import { startServer, type Harness } from './server-harness.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

// One registry drives the CLI, the API, the warm-up and the navigation: checked here for every view.
let h: Harness;
beforeAll(async () => {
  h = await startServer(async (store) => { await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN); });
});
afterAll(() => h?.close());

function cliArgs(entry: (typeof VIEW_CATALOG)[number]): string[] {
  const args: string[] = [entry.id];
  const example = entry.example as Record<string, string>;
  for (const p of entry.params) {
    const v = example[p.name];
    if (v === undefined) continue;
    if (p.cli === 'argument') args.push(v);
    else args.push(`--${p.name}`, v);
  }
  return [...args, '--db', join(h.dir, 'atlas.db'), '--json'];
}

describe('the view registry', () => {
  it('has one definition per catalog entry, whose parameters are the catalog\'s', () => {
    expect(VIEWS.map((v) => v.entry.id)).toEqual(VIEW_CATALOG.map((v) => v.id));
    for (const def of VIEWS) expect(Object.keys(def.params.shape).sort(), def.entry.id).toEqual(def.entry.params.map((p) => p.name).sort());
  });

  it('documents every view in the OpenAPI document with its summary', async () => {
    const doc = (await h.get('/api/openapi.json')).body;
    for (const v of VIEW_CATALOG) expect(doc.paths[`/api/views/${v.id}`]?.get?.summary, v.id).toBe(v.summary);
  });

  it('warms every view that needs no parameter', () => {
    for (const v of VIEW_CATALOG) expect(WARM_PATHS.includes(`/api/views/${v.id}`), v.id).toBe(v.warm !== null);
  });

  it.each(VIEW_CATALOG.map((v) => [v.id, v] as const))('atlas %s --json prints what the API answers', async (_id, entry) => {
    const query = new URLSearchParams(entry.example as Record<string, string>).toString();
    const api = await h.get(`/api/views/${entry.id}${query ? `?${query}` : ''}`);
    expect(api.status).toBe(200);
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'atlas.mjs'), ...cliArgs(entry)], { encoding: 'utf8', env: { ...process.env, ATLAS_DB: undefined } });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(api.body);
    expect(Object.keys(api.body).length).toBeGreaterThan(0);
  });

  it('rejects the same bad parameter in the CLI and the API with the same message', async () => {
    const api = await h.get('/api/views/timeline?from=May');
    expect(api.status).toBe(400);
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'atlas.mjs'), 'timeline', '--from', 'May', '--db', join(h.dir, 'atlas.db')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(api.body.detail).toContain('expected YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
