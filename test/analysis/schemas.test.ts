import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as A from '../../src/analysis/index.ts';
import * as S from '../../src/model/analysis.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../../src/knowledge-files/read-json-file.ts';
import { VectorMatcher } from '../../src/analysis/common/vectors.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';
import { expectViewsSerializedAsSchemas } from './helpers/as-schema.ts';

describe('view outputs match the schemas the API publishes', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it.each([
    ['timeline', () => A.timelineView(store), S.TimelineView],
    ['forces', () => A.forcesView(store), S.ForcesView],
    ['inventory', () => A.inventoryView(store), S.InventoryView],
    ['money', () => A.moneyView(store), S.MoneyView],
    ['partners', () => A.partnersView(store), S.PartnersView],
    ['people', () => A.peopleView(store), S.PeopleView],
    ['programs', () => A.programsView(store), S.ProgramsView],
    ['education', () => A.educationView(store), S.EducationView],
    ['ledger', () => A.ledgerView(store, 'Army'), S.LedgerView],
    ['audit', () => A.auditView(store), S.AuditView],
  ] as const)('%s', async (name, run, schema) => {
    const out = await run();
    const parsed = (schema as { safeParse(v: unknown): { success: boolean; error?: unknown } }).safeParse(out);
    expect(parsed.error).toBeUndefined();
    // Sources point at facts: refs look like q12/e7/r3 and quote text is present.
    const refs = JSON.stringify(out).match(/"ref":"[a-z]\d+"/g) ?? [];
    if (name !== 'audit') expect(refs.length).toBeGreaterThan(0); // a clean audit has no findings to cite
  });

  it('every registered view serializes exactly as its output schema would', async () => {
    await expectViewsSerializedAsSchemas(store, 'Army');
  });
});

describe('knowledge files of the analyses', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('ship no exchange-rate table: conversions use only rates the documents state', async () => {
    expect(existsSync(join(KNOWLEDGE_DIR, 'fx-rates.json'))).toBe(false);
    const v = await A.moneyView(store);
    expect(v.fxTable.source).toMatch(/documents themselves/);
    for (const r of v.rows) if (r.usd) expect(['stated', 'paired', 'implied']).toContain(r.usd.method);
  });

  it('sort partners into vectors by name and by country, with Turkey in the west', () => {
    const m = new VectorMatcher();
    const e = (name: string, ...aliases: string[]) => ({ name, aliases: aliases.map((alias) => ({ alias, kind: 'name' as const })) });
    expect(m.vectorOf(e('Collective Security Treaty Organization'), null)).toBe('russia');
    expect(m.vectorOf(e('Türkiye'), null)).toBe('west');
    expect(m.vectorOf(e('Central Command', 'CENTCOM'), null)).toBe('west');
    expect(m.vectorOf(e('Shanghai Cooperation Organisation', 'SCO'), null)).toBe('china');
    expect(m.vectorOf(e('Some Russian Design Bureau'), 'russia')).toBe('russia');
    expect(m.vectorOf(e('Indian Navy'), 'india')).toBe('others');
  });
});
