import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/corpus.ts';
import { extractionA, extractionA2, makeDoc, RUN, TEXT_A, TEXT_A2 } from '../store/fixtures.ts';
import { startServer, type Harness } from './server-harness.ts';

// Version 2 of the fixture document has no relations: version 1's relation has no successor.
describe('references to facts a later version removed', () => {
  let h: Harness;
  let relationRef = '';
  beforeAll(async () => {
    h = await startServer(async (store) => {
      const { documentId } = await store.putDocument(makeDoc('/srv/docs/a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      relationRef = `r${(await store.relations({ documentId }))[0]!.id}`;
      await store.putDocument(makeDoc('/srv/docs/a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN);
    });
  });
  afterAll(() => h.close());

  it('answer 410 Gone with a problem saying which version removed them', async () => {
    const r = await h.get(`/api/facts/${relationRef}`);
    expect(r.status).toBe(410);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({
      type: '/api/problems/gone', status: 410, ref: relationRef, removedInVersion: 2, successor: null, rule: 'relation.post',
      detail: `${relationRef} was removed in version 2 of "Doc A v2" (document 1); nothing took its place`,
    });
    // A reference the store never had is still a plain 404.
    expect((await h.get('/api/facts/r999')).status).toBe(404);
  });

  it('make `atlas explain` exit 3 saying the same', () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'atlas.mjs'), 'explain', relationRef, '--db', join(h.dir, 'atlas.db')],
      { encoding: 'utf8', env: { ...process.env, ATLAS_DB: undefined } });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`${relationRef} was removed in version 2 of "Doc A v2" (document 1); nothing took its place`);
  });

  it('describe both answers in the OpenAPI document', async () => {
    const doc = (await h.get('/api/openapi.json')).body;
    const responses = doc.paths['/api/facts/{ref}'].get.responses;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '308', '410', '404']));
  });
});
