import { z } from 'zod';
import { TypeName } from './facts.ts';
import { Reviewer } from './review.ts';

/** Entity merges and splits an analyst makes, recorded so they can be listed and undone. */
export interface EntityChange {
  id: number;
  action: 'merge' | 'split';
  /** merge: the entity kept; split: the entity split. */
  entityId: number;
  /** merge: the entity merged away; split: the entity made. */
  otherId: number;
  /** Names at the time of the change. */
  entityName: string;
  otherName: string;
  /** Facts the change moved, by table. */
  moved: number;
  reviewer: string;
  changedAt: string;
  comment: string | null;
  undoneAt: string | null;
}

export const MergeInput = z.object({
  keepId: z.number().int().positive(),
  otherId: z.number().int().positive(),
  reviewer: Reviewer,
  comment: z.string().max(2000).nullable().default(null),
}).refine((m) => m.keepId !== m.otherId, 'an entity cannot be merged into itself');
export type MergeInput = z.input<typeof MergeInput>;

export const SplitInput = z.object({
  entityId: z.number().int().positive(),
  /** The mentions that name the new entity. */
  mentionIds: z.array(z.number().int().positive()).min(1).max(10000),
  name: z.string().trim().min(1).max(200),
  type: TypeName.optional(),
  reviewer: Reviewer,
  comment: z.string().max(2000).nullable().default(null),
});
export type SplitInput = z.input<typeof SplitInput>;
