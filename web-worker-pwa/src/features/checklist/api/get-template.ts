import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { zChecklistTemplate, type ChecklistTemplate as TemplateReply } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

type ItemReply = TemplateReply['items'][number];

/** An item as the form reads it: lower-case type, and `requiredWhen` as the answer that asks for it. */
export type ChecklistItem = Omit<ItemReply, 'type' | 'category' | 'requiredWhen'> & {
  type: 'number' | 'boolean' | 'photo';
  category: string;
  requiredWhen?: { itemId: string; equals: boolean };
};

export type ChecklistTemplate = Omit<TemplateReply, 'items'> & { items: ChecklistItem[] };

function toItem(item: ItemReply): ChecklistItem {
  const { requiredWhen, ...rest } = item;
  return {
    ...rest,
    type: item.type.toLowerCase() as ChecklistItem['type'],
    category: item.category.toLowerCase(),
    ...(requiredWhen ? { requiredWhen: { itemId: requiredWhen.itemId, equals: requiredWhen.is } } : {}),
  };
}

/** The contract's template (generated schema), in screen order: `order` ascending, ties as sent. */
export const ChecklistTemplateSchema = z.pipe(
  zChecklistTemplate,
  z.transform(
    (template: TemplateReply): ChecklistTemplate => ({
      ...template,
      items: [...template.items].sort((a, b) => a.order - b.order).map(toItem),
    }),
  ),
);

export const templateQueryKey = ['checklist', 'template'] as const;

export function getTemplate(signal?: AbortSignal): Promise<ChecklistTemplate> {
  return api.json('/v1/checklist/template', ChecklistTemplateSchema, { signal });
}

export function useTemplate() {
  return useQuery({
    queryKey: templateQueryKey,
    queryFn: ({ signal }) => getTemplate(signal),
    staleTime: 5 * 60_000,
  });
}
