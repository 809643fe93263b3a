import { z } from 'zod';
import { FactKind, Page } from '../../model/views.ts';

/** RFC 9457 problem details: every error the API returns has this shape. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  /** For validation errors: each failing field with its message. */
  errors: z.array(z.object({ where: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const PageQuery = Page;

export function pagedOf<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(item),
  });
}

/** A fact reference the UI links with: `q12` opens the reader at quantity 12. */
export const WithRef = z.object({ ref: z.string() });

export { IsoBound, requiredText } from '../../model/view-params.ts';

export { FactKind };

/** Error responses every route may give, for the OpenAPI document. */
export const problems = {
  400: Problem.describe('invalid request'),
  404: Problem.describe('not found'),
  500: Problem.describe('server error'),
};
