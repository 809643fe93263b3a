import type { EntityTypeDef } from './entity-types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { EquipmentCatalog } from './equipment.ts';
import type { NumberLexicon } from './numbers.ts';
import type { EventLexicon } from './events.ts';
import type { PageLexicon } from './page.ts';

/**
 * The domain knowledge the pipeline reads, loaded from knowledge/ and schema/ and validated with
 * zod at load time (see load.ts). Each section has its own loader file beside this one.
 */
export interface Knowledge {
  /** Hash of every knowledge and schema file: the "rules version" recorded with each run. */
  version: string;
  entityTypes: EntityTypeDef[];
  gazetteer: Gazetteer;
  equipment: EquipmentCatalog;
  numbers: NumberLexicon;
  events: EventLexicon;
  /** Page furniture and publication stamps (knowledge/page-furniture.json). */
  page: PageLexicon;
  /** Words after a place name that make its fuller name (knowledge/place-heads.json). */
  placeHeads: string[];
}
