import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { LocalizedTextSchema } from '@/types/api';

// docs/openapi.yaml: `{itemId, is}`. The rule-pack YAML writes `item`, older drafts `equals`:
// accept each spelling so a server-side rename cannot blank the wound-photo step.
const RequiredWhenSchema = z
  .object({
    itemId: z.string().optional(),
    item: z.string().optional(),
    is: z.unknown().optional(),
    equals: z.unknown().optional(),
  })
  .transform((v) => ({ itemId: v.itemId ?? v.item ?? '', equals: v.is !== undefined ? v.is : v.equals }))
  .refine((v) => v.itemId !== '', 'requiredWhen needs itemId');

export const ChecklistItemSchema = z
  .object({
    id: z.string().min(1),
    // BOOLEAN | NUMBER | PHOTO in the contract; compared in lower case here.
    type: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(['number', 'boolean', 'photo'])),
    required: z.boolean().optional(),
    label: LocalizedTextSchema,
    help: LocalizedTextSchema.optional(),
    category: z.string().optional(),
    order: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
    requiredWhen: RequiredWhenSchema.optional(),
  })
  // A question without `required` is asked of everyone (the server refuses a MISSING answer).
  .transform((item) => ({ ...item, required: item.required ?? item.type !== 'photo' }));
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistTemplateSchema = z.object({
  id: z.string(),
  version: z.union([z.number(), z.string()]),
  rulePack: z.string().optional(),
  items: z
    .array(ChecklistItemSchema)
    .min(1)
    // Screen order is `order` ascending; the template's own order breaks ties (stable sort).
    .transform((items) => [...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))),
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
