import type { StoredEntity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';

const PAGE = 1000;

/** All entities of the store (optionally of one type), read page by page. */
export async function loadEntities(store: AtlasStore, type?: string): Promise<StoredEntity[]> {
  const out: StoredEntity[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listEntities({ type, limit: PAGE, offset });
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.total) return out;
  }
}
