import { z } from 'zod';

/**
 * Parameter schemas of the analysis views: the API validates its query string with them and the
 * CLI its arguments, so both reject the same input with the same message.
 */

export const IsoBound = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** A required text parameter whose absence reads as "q is required" rather than a type error. */
export function requiredText(name: string, max = 200) {
  return z.string({ error: (iss) => (iss.input === undefined ? `${name} is required` : `${name} must be text`) })
    .trim().min(1, `${name} must not be empty`).max(max);
}

export const CountryParams = z.object({
  /** Country name, alias or id; empty lets the analysis pick the corpus's main country. */
  country: z.string().trim().min(1).max(120).optional(),
});

export const NoParams = z.object({});

export const SubjectParams = z.object({ subject: requiredText('subject') });

export const TimelineViewParams = z.object({
  from: IsoBound.optional(),
  to: IsoBound.optional(),
  type: z.string().min(1).max(40).optional(),
  entity: z.string().min(1).max(200).optional(),
  // Paged: at 10,000 documents the whole timeline is 50,000 events (32 MB of JSON).
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});
