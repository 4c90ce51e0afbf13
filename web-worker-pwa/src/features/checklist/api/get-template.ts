import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { LocalizedTextSchema } from '@/types/api';

const RequiredWhenSchema = z
  .object({ itemId: z.string().optional(), item: z.string().optional(), equals: z.unknown() })
  // The brief spells the key `item`, the OpenAPI draft `itemId`: accept either.
  .transform((v) => ({ itemId: v.itemId ?? v.item ?? '', equals: v.equals }))
  .refine((v) => v.itemId !== '', 'requiredWhen needs itemId');

export const ChecklistItemSchema = z.object({
  id: z.string().min(1),
  type: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(['number', 'boolean', 'photo'])),
  required: z.boolean().optional().default(false),
  label: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  category: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  requiredWhen: RequiredWhenSchema.optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistTemplateSchema = z.object({
  id: z.string(),
  version: z.union([z.number(), z.string()]),
  rulePack: z.string().optional(),
  items: z.array(ChecklistItemSchema).min(1),
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

export const templateQueryKey = ['checklist', 'template'] as const;

export function getTemplate(signal?: AbortSignal): Promise<ChecklistTemplate> {
  return apiRequest('/checklist/template', { schema: ChecklistTemplateSchema, signal });
}

export function useTemplate() {
  return useQuery({
    queryKey: templateQueryKey,
    queryFn: ({ signal }) => getTemplate(signal),
    staleTime: 5 * 60_000,
  });
}
