import type { z } from 'zod';
import { InvalidInput } from '../../model/errors.ts';
import { VIEW_CATALOG, type ViewEntry, type ViewId } from '../../model/view-catalog.ts';
import type { AtlasStore } from '../../store/store.ts';

/**
 * One analysis view: its catalog entry (names, help, navigation), the schemas of its parameters and
 * output, how it is computed from the store and how it prints in a terminal. The CLI command, the
 * API route with its OpenAPI entry, the warm-up and the shared view tests are all made from these.
 */
export interface ViewDefinition<P extends z.ZodObject = z.ZodObject, O extends z.ZodType = z.ZodType> {
  entry: ViewEntry;
  params: P;
  output: O;
  // Method syntax: a list of definitions of different views type-checks as one array.
  compute(store: AtlasStore, params: z.output<P>): Promise<z.output<O>>;
  render(view: z.output<O>): string;
}

export function defineView<P extends z.ZodObject, O extends z.ZodType>(
  id: ViewId,
  parts: Omit<ViewDefinition<P, O>, 'entry'>,
): ViewDefinition<P, O> {
  const entry = VIEW_CATALOG.find((v) => v.id === id);
  if (!entry) throw new Error(`no catalog entry for view ${id}`);
  return { entry, ...parts };
}

/** Validates raw parameters (a query string, CLI arguments) as the API does, with the same messages. */
export function parseParams<P extends z.ZodObject>(def: ViewDefinition<P>, raw: Record<string, unknown>): z.output<P> {
  const r = def.params.safeParse(raw);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw new InvalidInput(`atlas: ${first.path.join('.') || def.entry.id}: ${first.message}`);
}

/**
 * The view as JSON-ready data, exactly as the API serializes it. Not parsed through the output
 * schema on every run: the view tests check that every view matches its schema and that parsing it changes no byte.
 */
export async function computeJson(def: ViewDefinition, store: AtlasStore, raw: Record<string, unknown>): Promise<unknown> {
  return def.compute(store, parseParams(def, raw));
}
