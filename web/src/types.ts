// Response types come from the server's zod schemas: one source of truth (type-only imports, nothing bundled).
import type { z } from 'zod';
import type { DocumentsPage, DocumentDetail, Highlight } from '../../src/api/schemas/documents.ts';
import type { EntitiesPage, EntityDetail, QuantityFact, EventFact, RelationFact } from '../../src/api/schemas/entities.ts';
import type { SearchResponse } from '../../src/api/schemas/search.ts';
import type { FactExplanation, StatsResponse, TimelineResponse } from '../../src/api/schemas/facts.ts';

export type DocumentsPageT = z.infer<typeof DocumentsPage>;
export type DocumentDetailT = DocumentDetail;
export type HighlightT = Highlight;
export type EntitiesPageT = z.infer<typeof EntitiesPage>;
export type EntityDetailT = EntityDetail;
export type QuantityFactT = z.infer<typeof QuantityFact>;
export type EventFactT = z.infer<typeof EventFact>;
export type RelationFactT = z.infer<typeof RelationFact>;
export type SearchResponseT = SearchResponse;
export type FactExplanationT = FactExplanation;
export type StatsT = z.infer<typeof StatsResponse>;
export type TimelineT = z.infer<typeof TimelineResponse>;
export type EntityT = EntitiesPageT['items'][number];
export interface EntityRefT { id: number; name: string; type: string }

export type {
  ForcesView, ForceNode, InventoryView, MoneyView, PartnersView, PeopleView, ProgramsView, EducationView,
  LedgerView, AuditView, AuditFinding, Figure, FactSource,
} from '../../src/model/analysis.ts';
