import type { ApiErrorDetail } from '@gmp/web-shared/client';
import type { MessageKey } from '@/lib/messages';
import type { LocalizedText } from '@gmp/web-shared/api';
import type { ChecklistItem, ChecklistTemplate } from '../api/get-template';

/**
 * What the form holds while the worker answers: booleans for yes/no, the typed text for numbers
 * (so "36." survives while typing), the uploaded image key for photos. Lives in React state only.
 */
export type FormValue = boolean | string;
export type FormValues = Record<string, FormValue | undefined>;

export interface FieldError {
  key: MessageKey;
  vars?: Record<string, string | number>;
  /** The server's own two-language sentence, for a code this app has no sentence of its own for. */
  text?: LocalizedText;
}
export type FieldErrors = Record<string, FieldError>;

export interface SubmissionPayload {
  clientSubmissionId: string;
  templateId: string;
  templateVersion: number | string;
  answers: Record<string, boolean | number>;
  photos: { itemId: string; imageKey: string }[];
}

/** An item with `requiredWhen` is asked only once its trigger has the given answer. */
export function isActive(item: ChecklistItem, values: FormValues): boolean {
  if (!item.requiredWhen) return true;
  return values[item.requiredWhen.itemId] === item.requiredWhen.equals;
}

export function isRequired(item: ChecklistItem, values: FormValues): boolean {
  return item.requiredWhen ? isActive(item, values) : item.required;
}

export function activeItems(template: ChecklistTemplate, values: FormValues): ChecklistItem[] {
  return template.items.filter((item) => isActive(item, values));
}

/** "36.5", "36,5" (Korean keyboards), " 37 " → number; anything else → NaN. */
export function parseNumber(text: string): number {
  const normalized = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

function rangeVars(item: ChecklistItem) {
  return { min: item.min ?? '', max: item.max ?? '', unit: item.unit ?? '' };
}

export function validateItem(item: ChecklistItem, values: FormValues): FieldError | undefined {
  const value = values[item.id];
  const empty = value === undefined || value === '';
  if (empty) {
    if (!isRequired(item, values)) return undefined;
    return { key: item.type === 'photo' ? 'checklist.photoRequired' : 'checklist.required' };
  }
  if (item.type === 'number') {
    const n = parseNumber(String(value));
    if (Number.isNaN(n)) return { key: 'checklist.numberInvalid' };
    if ((item.min !== undefined && n < item.min) || (item.max !== undefined && n > item.max)) {
      return { key: 'checklist.outOfRange', vars: rangeVars(item) };
    }
  }
  return undefined;
}

export function validateAll(template: ChecklistTemplate, values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const item of activeItems(template, values)) {
    const error = validateItem(item, values);
    if (error) errors[item.id] = error;
  }
  return errors;
}

export function countAnswered(template: ChecklistTemplate, values: FormValues) {
  const items = activeItems(template, values);
  const done = items.filter((i) => values[i.id] !== undefined && values[i.id] !== '').length;
  return { done, total: items.length };
}

/** Only the items being asked go out: a hidden photo item or stale answer is never sent. */
export function buildPayload(
  template: ChecklistTemplate,
  values: FormValues,
  clientSubmissionId: string,
): SubmissionPayload {
  const answers: SubmissionPayload['answers'] = {};
  const photos: SubmissionPayload['photos'] = [];
  for (const item of activeItems(template, values)) {
    const value = values[item.id];
    if (value === undefined || value === '') continue;
    if (item.type === 'photo') photos.push({ itemId: item.id, imageKey: String(value) });
    else if (item.type === 'number') answers[item.id] = parseNumber(String(value));
    else answers[item.id] = value === true;
  }
  return {
    clientSubmissionId,
    templateId: template.id,
    templateVersion: template.version,
    answers,
    photos,
  };
}

function isLocalized(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).ko === 'string';
}

/** The server judged the answers against another template version than the one on screen. */
export function isTemplateMismatch(details: ApiErrorDetail[]): boolean {
  return details.some((d) => d.code === 'TEMPLATE_MISMATCH' || d.field === 'templateId' || d.field === 'templateVersion');
}

/**
 * A 400's `details` → the items they name. `field` is the item id (docs/openapi.yaml) or a dotted
 * path such as `answers.temperature`; `itemId` is accepted too.
 */
export function errorsFromDetails(
  template: ChecklistTemplate,
  details: ApiErrorDetail[],
): FieldErrors {
  const byId = new Map(template.items.map((i) => [i.id, i]));
  const errors: FieldErrors = {};
  for (const detail of details) {
    const path = detail.itemId ?? detail.field ?? '';
    const id = path.replace(/^(answers|photos)[.[]/, '').split(/[.[\]]/)[0];
    const item = byId.get(id);
    if (!item || errors[id]) continue;
    const code = (detail.code ?? '').toUpperCase();
    if (code === 'OUT_OF_RANGE') {
      errors[id] = { key: 'checklist.outOfRange', vars: rangeVars(item) };
    } else if (code === 'PHOTO_REQUIRED' || (item.type === 'photo' && (code === 'MISSING' || code === 'WRONG_TYPE'))) {
      errors[id] = { key: 'checklist.photoRequired' };
    } else if (code === 'MISSING' || code === 'REQUIRED') {
      errors[id] = { key: 'checklist.required' };
    } else if (code === 'WRONG_TYPE' && item.type === 'number') {
      errors[id] = { key: 'checklist.numberInvalid' };
    } else {
      errors[id] = { key: 'error.VALIDATION_FAILED', text: isLocalized(detail.message) ? detail.message : undefined };
    }
  }
  return errors;
}
