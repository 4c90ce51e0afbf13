import { z } from 'zod';

/** `{items, nextCursor}`: the shape of every listing in the contract. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullish() });
}

export type Page<T> = { items: T[]; nextCursor?: string | null };
