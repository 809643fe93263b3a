import { lazy, type ComponentType } from 'react';
import type { Route } from './router.ts';
import { VIEW_CATALOG, type ViewId } from '../../src/model/view-catalog.ts';

export interface PageProps { route: Route }

type Loader = () => Promise<{ default: ComponentType<PageProps> }>;

/** Each page is its own chunk: a page loads only what it needs (Plot, cytoscape come with the pages that chart). */
const loaders: Record<ViewId | 'overview' | 'search' | 'entities' | 'entity' | 'documents' | 'reader' | 'facts' | 'review', Loader> = {
  overview: () => import('./pages/Overview.tsx'),
  search: () => import('./pages/Search.tsx'),
  entities: () => import('./pages/Entities.tsx'),
  entity: () => import('./pages/Entity.tsx'),
  documents: () => import('./pages/Documents.tsx'),
  reader: () => import('./pages/Reader.tsx'),
  timeline: () => import('./pages/Timeline.tsx'),
  partners: () => import('./pages/Partners.tsx'),
  forces: () => import('./pages/Forces.tsx'),
  inventory: () => import('./pages/Inventory.tsx'),
  money: () => import('./pages/Money.tsx'),
  people: () => import('./pages/People.tsx'),
  programs: () => import('./pages/Programs.tsx'),
  education: () => import('./pages/Education.tsx'),
  audit: () => import('./pages/Audit.tsx'),
  ledger: () => import('./pages/Ledger.tsx'),
  facts: () => import('./pages/FactRedirect.tsx'),
  review: () => import('./pages/Review.tsx'),
};

export const PAGES: Record<string, ComponentType<PageProps>> = Object.fromEntries(
  Object.entries(loaders).map(([k, load]) => [k, lazy(load)]),
);

/** Which page a route shows. */
export function pageOf(route: Route): string {
  const [first, second] = route.path;
  if (!first) return 'overview';
  if (first === 'entities') return second ? 'entity' : 'entities';
  if (first === 'documents') return second ? 'reader' : 'documents';
  return first in loaders ? first : 'notfound';
}

// The analysis views come from the shared catalog: a view registered on the server gets its navigation entry here.
export const NAV: { id: string; label: string; group: 'explore' | 'views' }[] = [
  { id: 'overview', label: 'Overview', group: 'explore' },
  { id: 'search', label: 'Search', group: 'explore' },
  { id: 'entities', label: 'Entities', group: 'explore' },
  { id: 'documents', label: 'Documents', group: 'explore' },
  { id: 'review', label: 'Review', group: 'explore' },
  ...VIEW_CATALOG.map(({ id, label, group }) => ({ id, label, group })),
];
