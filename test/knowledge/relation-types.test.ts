/** schema/relation-types.json declares every relation the pipeline states, with the entity types it joins. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRelationTypes } from '../../src/knowledge-files/relation-types.ts';
import { SCHEMA_DIR } from '../../src/knowledge-files/read-json-file.ts';
import { loadKnowledge } from '../../src/nlp/knowledge/load.ts';
import { newState, runSteps } from '../../src/nlp/pipeline.ts';
import { analysisLexicon } from '../../src/analysis/common/lexicon.ts';
import { CORPUS_DIR, REPO_ROOT } from '../helpers/corpus.ts';

describe('relation type records', () => {
  it('stop the atlas at start on an entity type that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-rel-'));
    cpSync(SCHEMA_DIR, dir, { recursive: true });
    const path = join(dir, 'relation-types.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data[0].objectTypes = ['SHIP'];
    writeFileSync(path, JSON.stringify(data));
    expect(() => loadRelationTypes(dir)).toThrow(/relation-types\.json: relation type "part_of" names unknown entity type "SHIP"/);
  });

  it('give the views their structure and post predicates, each one declared', () => {
    const types = loadRelationTypes();
    const lex = analysisLexicon();
    expect(lex.structurePredicates).toContain('part_of');
    expect(lex.postPredicates).toEqual(['holds_post']);
    for (const p of [...lex.structurePredicates, ...lex.postPredicates]) expect(types.has(p)).toBe(true);
  });

  it('declare every relation the pipeline states on real documents, between the declared entity types', () => {
    const types = loadRelationTypes();
    const kb = loadKnowledge();
    const dirs = [CORPUS_DIR, join(REPO_ROOT, 'bench/real/train/corpus')];
    const seen = new Set<string>();
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).slice(0, 20)) {
        const s = runSteps(newState(readFileSync(join(dir, f), 'utf8'), kb));
        for (const r of s.relations) {
          const t = types.get(r.predicate);
          expect(t, `${f}: ${r.predicate} (${r.rule})`).toBeDefined();
          const subject = s.entities.get(r.subjectKey)?.type;
          const object = s.entities.get(r.objectKey)?.type;
          expect(t!.subjectTypes, `${f}: ${r.rule} subject`).toContain(subject);
          expect(t!.objectTypes, `${f}: ${r.rule} object`).toContain(object);
          seen.add(r.predicate);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
