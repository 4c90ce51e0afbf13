import type { ChecklistTemplate as TemplateReply, Session, Submission, User } from '@gmp/web-shared/api';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '@/features/checklist/api/get-template';

export const API = 'http://localhost:3000/v1';

export const worker1: User = {
  id: 'u-worker1',
  loginId: 'worker1',
  displayName: '김작업',
  role: 'WORKER',
  siteId: 'demo-site',
  department: '생산1팀',
};

/** A login reply, and the refresh token the server put in the cookie beside it. */
export function tokens(n = 1, user: User = worker1): Session & { refreshToken: string } {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900, passwordChangeRequired: false, user };
}

const t = (ko: string, en: string) => ({ ko, en });

/** The default kr-food-haccp template as GET /v1/checklist/template sends it (docs/openapi.yaml, DESIGN.md §3). */
export const krFoodTemplateJson: TemplateReply = {
  id: 'kr-food-haccp-daily',
  version: 3,
  rulePack: 'kr-food-haccp',
  items: [
    { id: 'temperature', type: 'NUMBER', required: true, label: t('체온', 'Body temperature'), category: 'SYMPTOM', min: 34, max: 43, unit: '°C' },
    { id: 'vomiting', type: 'BOOLEAN', required: true, label: t('구토 증상이 있습니까?', 'Are you vomiting?'), category: 'SYMPTOM' },
    { id: 'diarrhea', type: 'BOOLEAN', required: true, label: t('설사 증상이 있습니까?', 'Do you have diarrhoea?'), category: 'SYMPTOM' },
    { id: 'jaundice', type: 'BOOLEAN', required: true, label: t('황달 증상이 있습니까?', 'Do you have jaundice?'), category: 'SYMPTOM' },
    { id: 'sore_throat_fever', type: 'BOOLEAN', required: true, label: t('발열을 동반한 인후통이 있습니까?', 'Sore throat with fever?'), category: 'SYMPTOM' },
    { id: 'reportable_diagnosis', type: 'BOOLEAN', required: true, label: t('법정 감염병 진단을 받았습니까?', 'Diagnosed with a reportable illness?'), category: 'SYMPTOM' },
    { id: 'hand_wound', type: 'BOOLEAN', required: true, label: t('손이나 팔에 상처가 있습니까?', 'Any wound on hands or arms?'), category: 'WOUND' },
    {
      id: 'hand_wound_photo',
      type: 'PHOTO',
      required: false,
      label: t('상처 사진', 'Photo of the wound'),
      category: 'WOUND',
      requiredWhen: { itemId: 'hand_wound', is: true },
    },
    { id: 'uniform_clean', type: 'BOOLEAN', required: true, label: t('깨끗한 위생복을 입었습니까?', 'Clean uniform on?'), category: 'HYGIENE' },
    { id: 'hair_covered', type: 'BOOLEAN', required: true, label: t('위생모로 머리를 덮었습니까?', 'Hair covered?'), category: 'HYGIENE' },
    { id: 'jewelry_removed', type: 'BOOLEAN', required: true, label: t('장신구를 모두 뺐습니까?', 'Jewellery removed?'), category: 'HYGIENE' },
    { id: 'nails_ok', type: 'BOOLEAN', required: true, label: t('손톱이 짧고 깨끗합니까?', 'Nails short and clean?'), category: 'HYGIENE' },
    { id: 'hands_washed', type: 'BOOLEAN', required: true, label: t('손을 씻었습니까?', 'Hands washed?'), category: 'HYGIENE' },
  ].map((item, index) => ({ ...item, order: (index + 1) * 10 }) as TemplateReply['items'][number]),
};

/** The same template as the form reads it (lower-case types, in order). */
export const krFoodTemplate: ChecklistTemplate = ChecklistTemplateSchema.parse(krFoodTemplateJson);

/** A pharma site's shorter template: other ids, listed out of order. */
export const pharmaTemplateJson: TemplateReply = {
  id: 'eu-gmp-pharma-daily',
  version: 1,
  rulePack: 'eu-gmp-pharma',
  items: [
    { id: 'gown_intact', type: 'BOOLEAN', category: 'HYGIENE', required: true, order: 30, label: t('방진복이 온전합니까?', 'Cleanroom gown intact?') },
    { id: 'fever', type: 'BOOLEAN', category: 'SYMPTOM', required: true, order: 10, label: t('열이 있습니까?', 'Do you have a fever?') },
    { id: 'skin_lesion', type: 'BOOLEAN', category: 'WOUND', required: true, order: 20, label: t('피부 병변이 있습니까?', 'Any skin lesion?') },
    {
      id: 'skin_lesion_photo',
      type: 'PHOTO',
      category: 'WOUND',
      required: false,
      order: 25,
      requiredWhen: { itemId: 'skin_lesion', is: true },
      label: t('병변 사진', 'Photo of the lesion'),
    },
  ],
};

/** A healthy worker's answers to the default template, as typed into the form (the temperature is text there). */
export const ALL_GOOD_ANSWERS = {
  temperature: '36.5',
  vomiting: false,
  diarrhea: false,
  jaundice: false,
  sore_throat_fever: false,
  reportable_diagnosis: false,
  hand_wound: false,
  uniform_clean: true,
  hair_covered: true,
  jewelry_removed: true,
  nails_ok: true,
  hands_washed: true,
};

/** The same answers as the submission sends them (the temperature a number). */
export function answerAll(overrides: Record<string, boolean | number> = {}) {
  return { ...ALL_GOOD_ANSWERS, temperature: 36.5, ...overrides };
}

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
// Compact-JWS-shaped; the app never decodes it.
export const PASS_TOKEN = 'eyJhbGciOiJFUzI1NiIsInR5cCI6ImdtcC1wYXNzK2p3dCJ9.eyJqdGkiOiJwLTEifQ.c2lnbmF0dXJl';

const CONDITIONS = [
  { code: 'GLOVES_OVER_COVERED_WOUND', message: t('방수 밴드로 상처를 덮고 장갑을 착용하세요.', 'Cover the wound with a waterproof dressing and wear a glove.') },
  { code: 'NO_EXPOSED_PRODUCT_CONTACT', message: t('노출된 제품을 직접 만지지 마세요.', 'Do not touch exposed product.') },
];

export function submission(verdict: Submission['verdict'], extra: Partial<Submission> = {}): Submission {
  const base: Submission = {
    id: `s-${verdict.toLowerCase()}`,
    workerId: worker1.id,
    siteId: worker1.siteId,
    siteDate: '2026-03-02',
    submittedAt: '2026-03-02T06:15:00Z',
    verdict,
    reasons: [],
    conditions: [],
    photos: [],
    assessments: [],
    lockedOut: false,
    evaluation: {
      verdict,
      evaluatedAt: '2026-03-02T06:15:00Z',
      templateId: 'kr-food-haccp-daily',
      templateVersion: 3,
      rulePack: { id: 'kr-food-haccp', version: '1', hash: 'a'.repeat(64) },
      firedRuleIds: [],
    },
    reviews: [],
  };
  switch (verdict) {
    case 'PASS':
      return { ...base, pass: { id: 'p-1', token: PASS_TOKEN, expiresAt: inHours(12), verdict: 'PASS', conditions: [], zones: [] }, ...extra };
    case 'CONDITIONAL_PASS':
      return {
        ...base,
        reasons: [
          {
            ruleId: 'kr-food-haccp/covered-minor-wound',
            message: t('덮인 가벼운 상처가 있습니다.', 'A minor covered wound.'),
            citation: { kind: 'SITE_POLICY', source: '사내 위생 기준 4.2', verified: true },
          },
        ],
        conditions: CONDITIONS,
        // as the server sends it: the pass carries the verdict and the conditions too
        pass: { id: 'p-2', token: PASS_TOKEN, expiresAt: inHours(8), verdict: 'CONDITIONAL_PASS', conditions: CONDITIONS, zones: [] },
        ...extra,
      };
    case 'ACTION_REQUIRED':
      return {
        ...base,
        reasons: [
          {
            ruleId: 'kr-food-haccp/jewelry',
            message: t('반지, 시계 등 장신구를 빼세요.', 'Remove rings, watches and other jewellery.'),
            citation: { kind: 'GUIDANCE', source: 'HACCP 선행요건 개인위생', verified: false },
          },
        ],
        ...extra,
      };
    case 'FAIL':
      return {
        ...base,
        reasons: [
          {
            ruleId: 'kr-food-haccp/vomiting',
            message: t('구토 증상이 있어 식품 취급 작업에 종사할 수 없습니다.', 'Vomiting: you may not handle food.'),
            citation: { kind: 'LAW', source: '식품위생법 시행규칙 제50조', verified: true },
          },
        ],
        returnToWork: t('증상이 사라진 뒤 24시간이 지나면 다시 점검할 수 있습니다.', 'You may check again 24 hours after the symptoms are gone.'),
        ...extra,
      };
    case 'PENDING_REVIEW':
      return { ...base, ...extra };
  }
}
