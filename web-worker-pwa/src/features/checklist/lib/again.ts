import type { Submission } from '@gmp/web-shared/api';
import type { ChecklistTemplate } from '../api/get-template';
import type { FormValues } from './answers';

/** What a second checklist of the day starts from: the earlier answers, and the items that need fixing. */
export interface AnswerAgain {
  values: FormValues;
  /** the items a rule objected to, in the template's order: the form opens at the first */
  fixItemIds: string[];
}

/**
 * The earlier answers as the form holds them (numbers as typed text). Photos are not carried over: a new photo
 * is taken if the wound question is still answered yes. Null when the reply has no answers (they expired).
 */
export function answerAgainFrom(template: ChecklistTemplate, earlier: Submission): AnswerAgain | null {
  const answers = earlier.answers;
  if (!answers) return null;
  const values: FormValues = {};
  for (const item of template.items) {
    const value = answers[item.id];
    if (item.type === 'photo' || value === undefined) continue;
    if (item.type === 'number' && typeof value === 'number') values[item.id] = String(value);
    if (item.type === 'boolean' && typeof value === 'boolean') values[item.id] = value;
  }
  const known = new Set(template.items.map((i) => i.id));
  const fixItemIds = (earlier.answerRows ?? []).filter((row) => row.abnormal && known.has(row.itemId)).map((row) => row.itemId);
  return { values, fixItemIds };
}
