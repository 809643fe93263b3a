import { describe, expect, it } from 'vitest';
import { entityDetail } from '../../src/api/read/entity-detail.ts';
import { DocBuilder } from '../analysis/helpers/builder.ts';
import { storeWith } from '../analysis/helpers/store.ts';

describe('the entity page', () => {
  it('lists the first mentions with their sentences and counts them all', async () => {
    const text = Array.from({ length: 350 }, (_, i) => `Freedonia held drill number ${i}.`).join(' ');
    const b = new DocBuilder('many-mentions.txt', text);
    b.mentions(b.entity('gz:fr', 'PLACE', 'Freedonia', { kind: 'country' }), 'Freedonia');
    const store = await storeWith(b);
    try {
      const fr = (await store.listEntities({ limit: 10, offset: 0 })).items.find((e) => e.name === 'Freedonia');
      const page = await entityDetail(store, fr!.id);
      expect(page.mentionCount).toBe(350);
      expect(page.mentions).toHaveLength(300);
      expect(page.mentions[0]!.sentenceText).toBe('Freedonia held drill number 0.');
    } finally {
      await store.close();
    }
  });
});
