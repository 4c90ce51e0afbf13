import { ChecklistTemplateSchema } from '../api/get-template';
import { ALL_GOOD_ANSWERS, krFoodTemplateJson, pharmaTemplateJson } from '@/testing/fixtures';
import {
  activeItems,
  buildPayload,
  countAnswered,
  errorsFromDetails,
  isTemplateMismatch,
  parseNumber,
  validateAll,
  type FormValues,
} from './answers';

const template = ChecklistTemplateSchema.parse(krFoodTemplateJson);

const allAnswered = (over: FormValues = {}): FormValues => ({ ...ALL_GOOD_ANSWERS, ...over });

describe('template schema', () => {
  it('reads the contract’s spelling: upper-case types, requiredWhen {itemId, is}', () => {
    expect(template.items.find((i) => i.id === 'hand_wound_photo')).toMatchObject({
      type: 'photo',
      required: false,
      requiredWhen: { itemId: 'hand_wound', equals: true },
    });
    expect(template.items[0]).toMatchObject({ id: 'temperature', type: 'number', required: true });
  });

  it('sorts another site’s template by order, with its own required flags and requiredWhen', () => {
    const pharma = ChecklistTemplateSchema.parse(pharmaTemplateJson);
    expect(pharma.items.map((i) => i.id)).toEqual(['fever', 'skin_lesion', 'skin_lesion_photo', 'gown_intact']);
    expect(pharma.items.map((i) => i.required)).toEqual([true, true, false, true]);
    expect(pharma.items[2].requiredWhen).toEqual({ itemId: 'skin_lesion', equals: true });
  });
});

describe('answers', () => {
  it('asks for the wound photo only once a wound is reported', () => {
    expect(activeItems(template, allAnswered()).map((i) => i.id)).not.toContain('hand_wound_photo');
    expect(activeItems(template, allAnswered({ hand_wound: true })).map((i) => i.id)).toContain('hand_wound_photo');
  });

  it('flags every unanswered item, out-of-range temperature and a missing photo', () => {
    expect(Object.keys(validateAll(template, {}))).toHaveLength(12);
    expect(validateAll(template, allAnswered({ temperature: '45' })).temperature).toEqual({
      key: 'checklist.outOfRange',
      vars: { min: 34, max: 43, unit: '°C' },
    });
    expect(validateAll(template, allAnswered({ temperature: '3x' })).temperature?.key).toBe('checklist.numberInvalid');
    expect(validateAll(template, allAnswered({ hand_wound: true })).hand_wound_photo?.key).toBe('checklist.photoRequired');
    expect(validateAll(template, allAnswered())).toEqual({});
  });

  it('parses temperatures typed with a comma', () => {
    expect(parseNumber('36,8')).toBe(36.8);
    expect(parseNumber(' 37 ')).toBe(37);
    expect(parseNumber('36.')).toBeNaN();
  });

  it('counts what is answered among the items asked', () => {
    expect(countAnswered(template, { vomiting: false })).toEqual({ done: 1, total: 12 });
    expect(countAnswered(template, { hand_wound: true })).toEqual({ done: 1, total: 13 });
  });

  it('builds the submission: numbers as numbers, photos apart, hidden items left out', () => {
    const payload = buildPayload(template, allAnswered({ hand_wound: true, hand_wound_photo: 'uploads/k.jpg' }), 'cid-1');
    expect(payload).toMatchObject({
      clientSubmissionId: 'cid-1',
      templateId: 'kr-food-haccp-daily',
      templateVersion: 3,
      photos: [{ itemId: 'hand_wound_photo', imageKey: 'uploads/k.jpg' }],
    });
    expect(payload.answers.temperature).toBe(36.5);
    expect(payload.answers.hand_wound).toBe(true);
    expect(payload.answers).not.toHaveProperty('hand_wound_photo');

    const healed = buildPayload(template, allAnswered({ hand_wound: false, hand_wound_photo: 'uploads/k.jpg' }), 'cid-2');
    expect(healed.photos).toEqual([]);
  });

  it('maps a 400 reply’s details onto the items, whether by itemId or dotted field', () => {
    const errors = errorsFromDetails(template, [
      { field: 'answers.temperature', code: 'OUT_OF_RANGE', message: 'x' },
      { itemId: 'hands_washed', code: 'REQUIRED', message: 'x' },
      { field: 'photos[0].imageKey', code: 'NOT_FOUND', message: 'x' },
      { itemId: 'hand_wound_photo', code: 'PHOTO_REQUIRED', message: 'x' },
      { field: 'clientSubmissionId', code: 'INVALID', message: 'x' },
      { field: 'uniform_clean', code: 'SOMETHING_NEW', message: { ko: '위생복을 확인하세요.', en: 'Check the uniform.' } },
    ]);
    expect(errors).toEqual({
      temperature: { key: 'checklist.outOfRange', vars: { min: 34, max: 43, unit: '°C' } },
      hands_washed: { key: 'checklist.required' },
      hand_wound_photo: { key: 'checklist.photoRequired' },
      uniform_clean: { key: 'error.VALIDATION_FAILED', text: { ko: '위생복을 확인하세요.', en: 'Check the uniform.' } },
    });
  });

  it('recognises a reply judged against another template version', () => {
    expect(isTemplateMismatch([{ field: 'templateVersion', code: 'TEMPLATE_MISMATCH', message: 'x' }])).toBe(true);
    expect(isTemplateMismatch([{ field: 'temperature', code: 'OUT_OF_RANGE', message: 'x' }])).toBe(false);
  });
});
